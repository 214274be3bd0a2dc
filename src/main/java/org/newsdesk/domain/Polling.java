package org.newsdesk.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A source's fetch state, kept across restarts.
 *
 * @param interval     the current poll interval, adapted to how often the source publishes
 * @param etag         validator for the next conditional GET
 * @param lastModified validator for the next conditional GET
 * @param failures     consecutive failed fetches, driving the back-off
 * @param lastError    what went wrong on the last fetch, in words a person understands
 */
public record Polling(
        SourceState state,
        @Nullable Instant lastFetchedAt,
        @Nullable Instant lastSuccessAt,
        Instant nextPollAt,
        Duration interval,
        @Nullable String etag,
        @Nullable String lastModified,
        int failures,
        @Nullable String lastError) {

    public Polling {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextPollAt, "nextPollAt");
        Objects.requireNonNull(interval, "interval");
    }

    /** The state of a source that was never fetched: due at once. */
    public static Polling initial(Instant now, Duration interval) {
        return new Polling(SourceState.NEW, null, null, now, interval, null, null, 0, null);
    }
}
