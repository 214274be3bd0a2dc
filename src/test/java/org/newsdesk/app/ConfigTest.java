package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.cli.Backend;
import org.newsdesk.readers.ArchivePolicy;

class ConfigTest {

    private static final Backend.Options OPTIONS = new Backend.Options(Path.of("data"), null, List.of(), 8080, "127.0.0.1");

    @Test
    void keepsUnreadArticlesThirtyDaysAndReadOnesSixtyUnlessTold() {
        assertThat(Config.from(OPTIONS, Map.of()).archivePolicy())
                .isEqualTo(new ArchivePolicy(Duration.ofDays(30), Duration.ofDays(60)));
    }

    @Test
    void readsTheArchivePolicyFromTheEnvironment() {
        Config config = Config.from(OPTIONS, Map.of("NEWSDESK_KEEP_UNREAD_DAYS", " 7 ", "NEWSDESK_KEEP_READ_DAYS", "365"));

        assertThat(config.archivePolicy()).isEqualTo(new ArchivePolicy(Duration.ofDays(7), Duration.ofDays(365)));
        assertThat(config.toString()).contains("keepUnreadDays=7, keepReadDays=365");
    }

    @Test
    void saysWhichVariableIsWrongAndWhy() {
        assertThatThrownBy(() -> Config.from(OPTIONS, Map.of("NEWSDESK_KEEP_UNREAD_DAYS", "a week")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NEWSDESK_KEEP_UNREAD_DAYS must be a whole number of days, was \"a week\"");
        assertThatThrownBy(() -> Config.from(OPTIONS, Map.of("NEWSDESK_KEEP_READ_DAYS", "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NEWSDESK_KEEP_READ_DAYS must be from 1 to 36500 days, was 0");
        assertThatThrownBy(() -> Config.from(OPTIONS, Map.of("NEWSDESK_KEEP_READ_DAYS", "99999999999")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NEWSDESK_KEEP_READ_DAYS must be from 1 to 36500 days, was 99999999999");
    }

    @Test
    void keepsTheArchivePolicyThroughItsCopies() {
        ArchivePolicy policy = new ArchivePolicy(Duration.ofDays(3), Duration.ofDays(4));
        Config config = Config.from(OPTIONS, Map.of()).withArchivePolicy(policy);

        assertThat(config.withHostDelay(Duration.ZERO).withAllowedAddresses(List.of("10.0.0.1")).archivePolicy())
                .isEqualTo(policy);
    }
}
