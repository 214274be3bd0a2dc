package org.newsdesk.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Reads a {@code Retry-After} header: a number of seconds or an HTTP date. Stateless. */
final class RetryAfter {

    /** Longer waits than this are taken as this: a typo in a header must not park a source for years. */
    private static final Duration LONGEST = Duration.ofDays(7);

    private RetryAfter() {
    }

    /** The instant the server asks us to wait for, or null when the header is missing or unreadable. */
    static @Nullable Instant parse(@Nullable String value, Instant now) {
        if (value == null || value.isBlank()) return null;
        String text = value.strip();
        if (text.chars().allMatch(Character::isDigit)) {
            long seconds = text.length() > 9 ? LONGEST.toSeconds() : Long.parseLong(text);
            return now.plus(Duration.ofSeconds(Math.min(seconds, LONGEST.toSeconds())));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Instant latest = now.plus(LONGEST);
            return at.isBefore(now) ? now : at.isAfter(latest) ? latest : at;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
