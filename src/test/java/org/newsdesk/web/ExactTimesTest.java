package org.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactTimesTest {

    @Test
    void writesWhatTheFormatterOfItsPatternWritesAcrossSummerTimeChanges() {
        for (String id : List.of("Europe/Paris", "America/St_Johns", "Australia/Lord_Howe", "Asia/Kolkata", "UTC")) {
            ZoneId zone = ZoneId.of(id);
            ExactTimes times = new ExactTimes(zone);
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(ExactTimes.PATTERN).withZone(zone);
            List<Instant> instants = new ArrayList<>();
            // Every quarter hour around this zone's changes of 2026, and random times over thirty years.
            for (Instant change : List.of(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-10-25T00:00:00Z"),
                    Instant.parse("2026-04-05T14:00:00Z"), Instant.parse("2026-10-04T14:00:00Z"),
                    Instant.parse("2026-03-08T05:00:00Z"), Instant.parse("2026-11-01T04:00:00Z"))) {
                for (int quarter = -12; quarter <= 12; quarter++) instants.add(change.plusSeconds(quarter * 900L + 7));
            }
            SplittableRandom random = new SplittableRandom(42);
            for (int i = 0; i < 5_000; i++) instants.add(Instant.ofEpochMilli(random.nextLong(946_684_800_000L, 1_893_456_000_000L)));

            for (Instant instant : instants) {
                assertThat(times.format(instant)).as("%s in %s", instant, id).isEqualTo(formatter.format(instant));
            }
        }
    }

    @Test
    void writesADayAndTimeWithTheZoneName() {
        ExactTimes times = new ExactTimes(ZoneId.of("UTC"));

        assertThat(times.format(Instant.parse("2026-11-22T08:05:59.999Z"))).isEqualTo("Sunday 22 November 2026, 08:05 UTC");
    }
}
