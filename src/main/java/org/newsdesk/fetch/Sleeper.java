package org.newsdesk.fetch;

import java.time.Duration;

/** Waits before a retry; tests pass one that records instead of sleeping. */
@FunctionalInterface
interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
}
