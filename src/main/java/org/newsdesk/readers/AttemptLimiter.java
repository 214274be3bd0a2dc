package org.newsdesk.readers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed attempts per key (an address, an account) in a sliding window and says when a key has used up its
 * allowance. Kept in memory: each Newsdesk process limits on its own, and a restart forgives. Thread-safe.
 */
final class AttemptLimiter {
    /** Past this many keys, keys with no recent failure are dropped, so a flood of addresses cannot fill memory. */
    private static final int MAX_KEYS = 50_000;

    private final int allowed;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    AttemptLimiter(int allowed, Duration window, Clock clock) {
        if (allowed < 1) throw new IllegalArgumentException("allowed must be at least 1, was " + allowed);
        this.allowed = allowed;
        this.window = window;
        this.clock = clock;
    }

    /** How long until the key may try again; empty when it may now. */
    Optional<Duration> blockedFor(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) return Optional.empty();
        Instant now = clock.instant();
        synchronized (times) {
            expire(times, now);
            if (times.size() < allowed) return Optional.empty();
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    void fail(String key) {
        if (failures.size() > MAX_KEYS) sweep();
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant now = clock.instant();
        synchronized (times) {
            expire(times, now);
            times.addLast(now);
            while (times.size() > allowed) times.removeFirst();
        }
    }

    void forgive(String key) {
        failures.remove(key);
    }

    private void sweep() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                expire(entry.getValue(), now);
                return entry.getValue().isEmpty();
            }
        });
    }

    private void expire(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) times.removeFirst();
    }
}
