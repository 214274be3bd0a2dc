package org.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An admin's ban of a reader from commenting. The reader still reads.
 *
 * @param bannedBy the admin, null once that admin is removed
 * @param endsAt   when the ban lifts by itself; null for a ban until an admin lifts it
 */
public record Ban(long readerId, @Nullable Long bannedBy, String reason, Instant createdAt, @Nullable Instant endsAt) {
    public Ban {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean activeAt(Instant now) {
        return endsAt == null || now.isBefore(endsAt);
    }
}
