package org.newsdesk.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Politeness towards sites: one request at a time per host, and at least {@code delay} between the end of one and
 * the start of the next. Different hosts do not wait for each other. Thread-safe; waiting threads queue fairly.
 */
final class HostThrottle {

    /** Held while a request to the host runs; closing it frees the host for the next one. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final long delayNanos;
    // One entry per host ever fetched: bounded by the sources a reader follows and the sites they link to.
    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    HostThrottle(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    /** Waits until the host is free and rested, then holds it until the permit is closed. */
    Permit acquire(String host) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Slot());
        slot.turn.acquire();
        try {
            if (slot.used) {
                long wait = slot.freedAt + delayNanos - System.nanoTime();
                if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            slot.turn.release();
            throw e;
        }
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.getAndSet(true)) return;
            slot.used = true;
            slot.freedAt = System.nanoTime();
            slot.turn.release();
        };
    }

    private static final class Slot {
        final Semaphore turn = new Semaphore(1, true);
        // Written before release and read after acquire of the same semaphore, which orders them.
        boolean used;
        long freedAt;
    }
}
