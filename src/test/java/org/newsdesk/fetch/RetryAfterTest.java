package org.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    @Test
    void secondsCountFromNow() {
        assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Instant.parse("2025-03-01T12:02:00Z"));
    }

    @Test
    void httpDateIsTakenAsIs() {
        assertThat(RetryAfter.parse("Sat, 01 Mar 2025 13:30:00 GMT", NOW)).isEqualTo(Instant.parse("2025-03-01T13:30:00Z"));
    }

    @Test
    void pastDateMeansNow() {
        assertThat(RetryAfter.parse("Sat, 01 Mar 2025 11:00:00 GMT", NOW)).isEqualTo(NOW);
    }

    @Test
    void absurdWaitsAreCappedAtAWeek() {
        assertThat(RetryAfter.parse("99999999999999", NOW)).isEqualTo(Instant.parse("2025-03-08T12:00:00Z"));
    }

    @Test
    void missingOrUnreadableGivesNull() {
        assertThat(RetryAfter.parse(null, NOW)).isNull();
        assertThat(RetryAfter.parse("soon", NOW)).isNull();
        assertThat(RetryAfter.parse("-5", NOW)).isNull();
    }
}
