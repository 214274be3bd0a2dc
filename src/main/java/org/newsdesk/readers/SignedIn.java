package org.newsdesk.readers;

import java.util.Objects;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Session;

/**
 * A session just started. The token is given only here: the web sets it as the session cookie
 * ({@link Accounts#SESSION_COOKIE}), an API client keeps it as its auth token.
 */
public record SignedIn(Reader reader, Session session, String token) {
    public SignedIn {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "SignedIn[reader=" + reader.name() + ", session=" + session.id() + "]";
    }
}
