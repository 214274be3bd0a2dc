package org.newsdesk.search;

import java.time.Duration;
import java.time.Instant;

/**
 * How recent an article is, for the date facet. The first three nest (the past week includes the past 24 hours);
 * {@link #OLDER} is everything before the past month. Articles dated in the future count as recent.
 */
public enum DateBucket {
    PAST_DAY("Past 24 hours", Duration.ofDays(1)),
    PAST_WEEK("Past week", Duration.ofDays(7)),
    PAST_MONTH("Past month", Duration.ofDays(30)),
    OLDER("Older", Duration.ofDays(30));

    private final String label;
    private final Duration age;

    DateBucket(String label, Duration age) {
        this.label = label;
        this.age = age;
    }

    public String label() {
        return label;
    }

    /** The first instant in the bucket (epoch millis, inclusive) at the given time. */
    long fromMillis(Instant now) {
        return this == OLDER ? Long.MIN_VALUE : now.minus(age).toEpochMilli();
    }

    /** The last instant in the bucket (epoch millis, inclusive) at the given time. */
    long toMillis(Instant now) {
        return this == OLDER ? now.minus(age).toEpochMilli() - 1 : Long.MAX_VALUE;
    }
}
