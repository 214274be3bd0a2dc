package org.newsdesk.readers;

import java.util.Objects;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Session;

/** The reader a request's session token names, with that session (for its CSRF token, and to sign out). */
public record Authenticated(Reader reader, Session session) {
    public Authenticated {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(session, "session");
    }
}
