package org.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A password for the sync APIs (Google Reader, Fever) and feeds out, apart from the sign-in password so that an app
 * never holds the latter and each app can be cut off alone. The secret is shown once, when it is made.
 *
 * @param label what the reader named it ("Reeder on my phone")
 */
public record AppPassword(long id, long readerId, String label, Instant createdAt, @Nullable Instant lastUsedAt) {
    public AppPassword {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
