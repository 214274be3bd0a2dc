package org.newsdesk.api.feeds;

import io.javalin.http.Context;
import io.javalin.security.BasicAuthCredentials;
import java.util.Optional;
import org.newsdesk.domain.Reader;
import org.newsdesk.readers.Accounts;
import org.newsdesk.readers.AppPasswords;

/**
 * Who asks for a feed: a signed-in browser (the session cookie), a feed reader with HTTP Basic authentication
 * (name and app password), or a feed URL carrying an app password as {@code key}. In public mode anyone reads the
 * shared feeds; a saved search's feed is its owner's only. Thread-safe.
 */
final class FeedAccess {
    static final String CHALLENGE = "Basic realm=\"Newsdesk feeds\", charset=\"UTF-8\"";

    private final Accounts accounts;
    private final AppPasswords appPasswords;

    FeedAccess(Accounts accounts, AppPasswords appPasswords) {
        this.accounts = accounts;
        this.appPasswords = appPasswords;
    }

    Optional<Reader> reader(Context ctx) {
        Optional<Reader> signedIn = accounts.authenticate(ctx.cookie(Accounts.SESSION_COOKIE)).map(a -> a.reader());
        if (signedIn.isPresent()) return signedIn;
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                BasicAuthCredentials basic = ctx.basicAuthCredentials();
                if (basic != null) return appPasswords.authenticate(basic.getUsername(), basic.getPassword());
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return appPasswords.authenticateKey(ctx.queryParam("key"));
    }

    /** Whether the shared feeds (front page, categories, tags, sources) are open to this request. */
    boolean mayReadShared(Context ctx) {
        return accounts.publicMode() || reader(ctx).isPresent();
    }
}
