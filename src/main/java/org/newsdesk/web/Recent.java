package org.newsdesk.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value recomputed at most once per period: for counts every page shows (topics, sources) that cost a scan of
 * the store and may be a few seconds old. Thread-safe; concurrent readers may both recompute after expiry.
 */
final class Recent<T> {

    private record Entry<T>(T value, Instant until) {}

    private final Supplier<T> compute;
    private final Duration period;
    private final Clock clock;
    private volatile @Nullable Entry<T> entry;

    Recent(Supplier<T> compute, Duration period, Clock clock) {
        this.compute = compute;
        this.period = period;
        this.clock = clock;
    }

    T get() {
        Entry<T> current = entry;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.until())) return current.value();
        T value = compute.get();
        entry = new Entry<>(value, now.plus(period));
        return value;
    }

    /** Forgets the value, after a change the reader expects to see at once (a source added or removed). */
    void clear() {
        entry = null;
    }
}
