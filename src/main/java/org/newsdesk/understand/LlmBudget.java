package org.newsdesk.understand;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts requests and tokens over a rolling day so a misbehaving page or reader cannot run up a bill. A request
 * reserves its worst case (prompt estimate plus the answer's limit) and settles to what the service reports.
 * Thread-safe.
 */
final class LlmBudget {

    private static final Duration WINDOW = Duration.ofDays(1);

    private final int maxRequests;
    private final long maxTokens;
    private final Clock clock;
    private Instant windowStart;
    private int requests;
    private long tokens;

    LlmBudget(int maxRequests, long maxTokens, Clock clock) {
        this.maxRequests = maxRequests;
        this.maxTokens = maxTokens;
        this.clock = clock;
        this.windowStart = clock.instant();
    }

    /** Takes a request and {@code estimate} tokens from the budget, or throws when they are not there. */
    synchronized void reserve(long estimate) {
        roll();
        if (maxRequests > 0 && requests >= maxRequests) {
            throw new LlmException(LlmException.Reason.BUDGET_EXHAUSTED,
                    "the AI service's budget of " + maxRequests + " requests a day is used up");
        }
        if (maxTokens > 0 && tokens + estimate > maxTokens) {
            throw new LlmException(LlmException.Reason.BUDGET_EXHAUSTED,
                    "the AI service's budget of " + maxTokens + " tokens a day is used up");
        }
        requests++;
        tokens += estimate;
    }

    /** Replaces a reservation by what the request really used. */
    synchronized void settle(long reserved, long used) {
        tokens = Math.max(0, tokens - reserved + used);
    }

    private void roll() {
        Instant now = clock.instant();
        if (now.isAfter(windowStart.plus(WINDOW))) {
            windowStart = now;
            requests = 0;
            tokens = 0;
        }
    }
}
