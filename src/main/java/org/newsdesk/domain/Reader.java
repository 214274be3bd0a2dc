package org.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A person with an account. The password hash never leaves the store: this record is safe to show.
 *
 * @param name how the reader signs in and is shown beside comments; unique regardless of case
 */
public record Reader(long id, String name, Role role, Instant createdAt) {
    public Reader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        if (name.isBlank()) throw new IllegalArgumentException("a reader's name must not be blank");
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
