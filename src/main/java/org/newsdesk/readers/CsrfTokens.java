package org.newsdesk.readers;

import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Session;
import org.newsdesk.readers.ReaderException.Reason;

/**
 * The per-session secret every form carries back (a hidden {@code _csrf} field, or the {@code X-CSRF-Token}
 * header), so that another site cannot post in a reader's name. Thread-safe (stateless).
 */
public final class CsrfTokens {
    /** The form field the web puts the token in. */
    public static final String FIELD = "_csrf";
    /** The header scripts send it in. */
    public static final String HEADER = "X-CSRF-Token";

    /** The token to put in the session's forms. */
    public String tokenFor(Session session) {
        return session.csrfToken();
    }

    /** Whether the token given matches the session's, compared in constant time. */
    public boolean matches(Session session, @Nullable String given) {
        return given != null && !given.isEmpty() && Secrets.same(session.csrfToken(), given);
    }

    /** @throws ReaderException FORBIDDEN when the token is missing or wrong */
    public void require(Session session, @Nullable String given) {
        if (!matches(session, given)) {
            throw new ReaderException(Reason.FORBIDDEN, "this form has expired or came from another site: "
                    + "reload the page and try again");
        }
    }
}
