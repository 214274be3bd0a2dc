package org.newsdesk.api.greader;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsdesk.readers.AppPasswords;
import org.newsdesk.readers.Authenticated;
import org.newsdesk.readers.CsrfTokens;

/**
 * Who a Google Reader request comes from: the API session named by {@code Authorization: GoogleLogin auth=…}
 * (ClientLogin's answer). Edits may carry the session's edit token as {@code T}; a wrong one is answered as Google
 * did, 401 with {@code X-Reader-Google-Bad-Token: true}, so apps fetch a new one. Thread-safe.
 */
final class GoogleReaderAuth {
    private final AppPasswords appPasswords;
    private final CsrfTokens tokens;

    GoogleReaderAuth(AppPasswords appPasswords, CsrfTokens tokens) {
        this.appPasswords = appPasswords;
        this.tokens = tokens;
    }

    /** @throws UnauthorizedResponse without a live API session */
    Authenticated require(Context ctx) {
        String token = token(ctx.header("Authorization"));
        return appPasswords.authenticate(token).orElseThrow(() -> new UnauthorizedResponse("Unauthorized"));
    }

    /** The reader of an edit request, whose edit token (when given) must be this session's. */
    Authenticated requireForEdit(Context ctx, Params params) {
        Authenticated who = require(ctx);
        String given = params.first("T");
        if (given != null && !tokens.matches(who.session(), given)) {
            ctx.header("X-Reader-Google-Bad-Token", "true");
            throw new UnauthorizedResponse("Bad edit token", Map.of());
        }
        return who;
    }

    String editToken(Authenticated who) {
        return tokens.tokenFor(who.session());
    }

    private static @Nullable String token(@Nullable String header) {
        if (header == null) return null;
        String value = header.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("googlelogin")) {
            int at = lower.indexOf("auth=");
            return at < 0 ? null : value.substring(at + 5).strip();
        }
        if (lower.startsWith("bearer ")) return value.substring(7).strip();
        return null;
    }
}
