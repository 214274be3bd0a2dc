package org.newsdesk.readers;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits on comments.
 *
 * @param editWindow    how long after posting an author may edit
 * @param maxLength     the longest comment, in characters
 * @param perTenMinutes how many comments a reader may post in ten minutes
 * @param perDay        how many in a day
 */
public record CommentPolicy(Duration editWindow, int maxLength, int perTenMinutes, int perDay) {
    public CommentPolicy {
        Objects.requireNonNull(editWindow, "editWindow");
        if (maxLength < 1 || perTenMinutes < 1 || perDay < 1) {
            throw new IllegalArgumentException("comment limits must be at least 1");
        }
    }

    /** 15 minutes to edit, 10,000 characters, 10 comments in ten minutes, 200 a day. */
    public static CommentPolicy defaults() {
        return new CommentPolicy(Duration.ofMinutes(15), 10_000, 10, 200);
    }
}
