package org.newsdesk.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When to poll a source next: adapted to how often it publishes, backing off after failures, always within bounds.
 * Pure and thread-safe.
 *
 * @param initial the interval of a new source, and of one whose publishing rhythm is unknown
 * @param min     the shortest interval, however busy the source
 * @param max     the longest interval, also the cap of the failure back-off
 */
public record PollSchedule(Duration initial, Duration min, Duration max) {

    public PollSchedule {
        Objects.requireNonNull(initial, "initial");
        if (min.isNegative() || min.isZero()) throw new IllegalArgumentException("min must be positive, was " + min);
        if (max.compareTo(min) < 0) throw new IllegalArgumentException("max " + max + " is below min " + min);
        if (initial.compareTo(min) < 0 || initial.compareTo(max) > 0) {
            throw new IllegalArgumentException("initial " + initial + " is outside " + min + ".." + max);
        }
    }

    public static PollSchedule defaults() {
        return new PollSchedule(Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofHours(6));
    }

    /**
     * The interval after a successful fetch: half the median gap between the source's recent publications,
     * so a source that publishes hourly is polled every half hour.
     */
    public Duration afterSuccess(Collection<Instant> publishedTimes) {
        List<Instant> times = new ArrayList<>(publishedTimes);
        if (times.size() < 3) return initial;
        times.sort(null);
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            long gap = Duration.between(times.get(i - 1), times.get(i)).toSeconds();
            if (gap > 0) gaps.add(gap);
        }
        if (gaps.isEmpty()) return initial;
        gaps.sort(null);
        return clamp(Duration.ofSeconds(gaps.get(gaps.size() / 2) / 2));
    }

    /**
     * The interval after the given number of consecutive failures: doubling from the initial interval,
     * never before the server's Retry-After.
     */
    public Duration afterFailure(int failures, @Nullable Duration retryAfter) {
        if (failures < 1) throw new IllegalArgumentException("failures must be at least 1, was " + failures);
        Duration backoff = initial.multipliedBy(1L << Math.min(failures - 1, 16));
        if (retryAfter != null && retryAfter.compareTo(backoff) > 0) backoff = retryAfter;
        return backoff.compareTo(max) > 0 ? max : backoff.compareTo(min) < 0 ? min : backoff;
    }

    private Duration clamp(Duration d) {
        return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
    }
}
