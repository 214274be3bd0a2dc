package org.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in browser, or an app signed in to a sync API with an app password. The token that names a session is
 * given once, when it starts; the store keeps only its hash.
 *
 * @param appPasswordId the app password an API session was opened with (revoking it ends the session); null for a
 *                      browser session
 * @param csrfToken     the secret every form of this session carries back
 * @param address       the client's address when the session started
 */
public record Session(
        long id,
        long readerId,
        @Nullable Long appPasswordId,
        Instant createdAt,
        Instant lastSeenAt,
        Instant expiresAt,
        @Nullable String address,
        @Nullable String userAgent,
        String csrfToken) {

    public Session {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(csrfToken, "csrfToken");
    }

    public boolean isApi() {
        return appPasswordId != null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
