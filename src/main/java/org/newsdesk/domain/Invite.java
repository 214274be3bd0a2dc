package org.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An admin's invitation to create an account. Its token is given once; the store keeps only its hash.
 *
 * @param createdBy the admin who made it, null once that admin is removed
 * @param usedBy    the reader the invitation became, once used
 */
public record Invite(long id, Role role, @Nullable Long createdBy, Instant createdAt, Instant expiresAt,
                     @Nullable Instant usedAt, @Nullable Long usedBy) {
    public Invite {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether the invitation can still make an account. */
    public boolean openAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
