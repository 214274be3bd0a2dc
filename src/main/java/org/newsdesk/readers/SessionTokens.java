package org.newsdesk.readers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Session;
import org.newsdesk.store.ReaderStore;
import org.newsdesk.store.SessionStore;

/**
 * Starts sessions and finds the session a token names. Sessions slide: each use moves the expiry, written at most
 * every few minutes so that a busy client does not write on every request. Thread-safe.
 */
final class SessionTokens {
    static final Duration BROWSER_LIFETIME = Duration.ofDays(30);
    static final Duration API_LIFETIME = Duration.ofDays(365);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final SessionStore sessions;
    private final ReaderStore readers;
    private final Secrets secrets;
    private final Clock clock;

    SessionTokens(SessionStore sessions, ReaderStore readers, Secrets secrets, Clock clock) {
        this.sessions = sessions;
        this.readers = readers;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** @param appPasswordId set for an API session */
    SignedIn start(Reader reader, @Nullable Long appPasswordId, @Nullable String address, @Nullable String userAgent) {
        String token = secrets.token();
        Instant now = clock.instant();
        Duration lifetime = appPasswordId == null ? BROWSER_LIFETIME : API_LIFETIME;
        Session session = sessions.add(new SessionStore.NewSession(Secrets.sha256(token), reader.id(), appPasswordId,
                secrets.token(), now, now.plus(lifetime), address, userAgent));
        return new SignedIn(reader, session, token);
    }

    /** The live session of that kind the token names, recording its use. */
    Optional<Authenticated> find(@Nullable String token, boolean api) {
        if (token == null || token.isBlank() || token.length() > 200) return Optional.empty();
        Optional<Session> found = sessions.findByTokenHash(Secrets.sha256(token.strip()));
        Instant now = clock.instant();
        if (found.isEmpty() || found.get().isApi() != api || found.get().expiredAt(now)) return Optional.empty();
        Session session = found.get();
        Optional<Reader> reader = readers.find(session.readerId());
        if (reader.isEmpty()) return Optional.empty();
        if (!session.lastSeenAt().plus(TOUCH_EVERY).isAfter(now)) {
            Instant expires = now.plus(api ? API_LIFETIME : BROWSER_LIFETIME);
            sessions.touch(session.id(), now, expires);
            session = new Session(session.id(), session.readerId(), session.appPasswordId(), session.createdAt(), now,
                    expires, session.address(), session.userAgent(), session.csrfToken());
        }
        return Optional.of(new Authenticated(reader.get(), session));
    }

    boolean end(String token) {
        return sessions.removeByTokenHash(Secrets.sha256(token.strip()));
    }
}
