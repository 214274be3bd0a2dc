package org.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private final PollSchedule schedule = PollSchedule.defaults();
    private final Instant t = Instant.parse("2026-11-20T00:00:00Z");

    @Test
    void pollsAtHalfTheMedianGapBetweenPublications() {
        List<Instant> hourly = List.of(t, t.plusSeconds(3600), t.plusSeconds(7200), t.plusSeconds(10800));
        assertThat(schedule.afterSuccess(hourly)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void neverPollsABusySourceMoreOftenThanTheMinimum() {
        List<Instant> everyMinute = List.of(t, t.plusSeconds(60), t.plusSeconds(120), t.plusSeconds(180));
        assertThat(schedule.afterSuccess(everyMinute)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void neverWaitsLongerThanTheMaximumForAQuietSource() {
        List<Instant> weekly = List.of(t, t.plus(Duration.ofDays(7)), t.plus(Duration.ofDays(14)));
        assertThat(schedule.afterSuccess(weekly)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void keepsTheDefaultWhenTheRhythmIsUnknown() {
        assertThat(schedule.afterSuccess(List.of(t))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void doublesTheWaitAfterEachFailureUpToTheMaximum() {
        assertThat(schedule.afterFailure(1, null)).isEqualTo(Duration.ofMinutes(15));
        assertThat(schedule.afterFailure(2, null)).isEqualTo(Duration.ofMinutes(30));
        assertThat(schedule.afterFailure(3, null)).isEqualTo(Duration.ofMinutes(60));
        assertThat(schedule.afterFailure(40, null)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void honoursALongerRetryAfter() {
        assertThat(schedule.afterFailure(1, Duration.ofHours(2))).isEqualTo(Duration.ofHours(2));
        assertThat(schedule.afterFailure(3, Duration.ofMinutes(1))).isEqualTo(Duration.ofMinutes(60));
    }
}
