package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.newsdesk.readers.Authenticated;
import org.newsdesk.readers.CsrfTokens;

/**
 * Cross-site request forgery protection for the web forms. A signed-in reader's forms carry their session's token
 * ({@link CsrfTokens}); before anyone signs in (first run, sign-in, no accounts at all) a random token in a
 * SameSite=Strict, HttpOnly cookie that every form must repeat (double submit). Forms send it in a hidden field,
 * scripts in the {@code X-CSRF-Token} header. Thread-safe.
 */
public final class Csrf {

    static final String COOKIE = "nd_csrf";
    static final String FIELD = "csrf";

    private final SecureRandom random = new SecureRandom();
    private final CsrfTokens sessions;

    Csrf(CsrfTokens sessions) {
        this.sessions = sessions;
    }

    /** The token this browser's forms carry, given a new cookie token when it is signed out and has none. */
    String token(Context ctx) {
        Authenticated who = Access.signedIn(ctx);
        if (who != null) return sessions.tokenFor(who.session());
        String token = ctx.cookie(COOKIE);
        if (token != null && token.length() == 32) return token;
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        token = HexFormat.of().formatHex(bytes);
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setPath("/");
        cookie.setSecure("https".equals(ctx.scheme()));
        ctx.cookie(cookie);
        return token;
    }

    /** Refuses a post whose token is missing or wrong. */
    void check(Context ctx) {
        String given = given(ctx);
        Authenticated who = Access.signedIn(ctx);
        boolean ok = who != null ? sessions.matches(who.session(), given) : sameAsCookie(ctx.cookie(COOKIE), given);
        if (!ok) throw new ForbiddenResponse("This form has expired or did not come from Newsdesk: reload the page and try again.");
    }

    private static @Nullable String given(Context ctx) {
        String header = ctx.header(CsrfTokens.HEADER);
        if (header != null) return header;
        String field = ctx.formParam(CsrfTokens.FIELD);
        return field != null ? field : ctx.formParam(FIELD);
    }

    private static boolean sameAsCookie(@Nullable String cookie, @Nullable String field) {
        return cookie != null && field != null && MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
    }
}
