package org.newsdesk.store;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Argument checks shared by the stores, with messages that say what was wrong. */
final class Limits {
    /**
     * The longest URL or identity kept, in UTF-8 bytes. PostgreSQL cannot index a value much over 2,700 bytes, and
     * both backends must accept the same rows.
     */
    static final int MAX_KEY_BYTES = 2_000;

    private Limits() {}

    /** A value that identifies a row: not blank, and short enough to index. */
    static String requireKey(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) throw new IllegalArgumentException("the " + what + " must not be blank");
        return requireIndexable(value, what);
    }

    static String requireIndexable(String value, String what) {
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("the " + what + " is " + bytes + " bytes long; the store keeps up to "
                    + MAX_KEY_BYTES + " bytes: " + value.substring(0, 80) + "…");
        }
        return value;
    }

    static int requirePositive(int value, String what) {
        if (value < 1) throw new IllegalArgumentException("the " + what + " must be at least 1, was " + value);
        return value;
    }
}
