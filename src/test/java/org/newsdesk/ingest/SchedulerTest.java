package org.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.SourceState;

class SchedulerTest {

    @TempDir
    Path folder;

    @Test
    void refreshesDueSourcesAndLeavesTheOthersForLater() throws Exception {
        try (TestNetwork network = new TestNetwork(); IngestFixture ingest = new IngestFixture(folder)) {
            network.serve("/feed", "application/rss+xml", Feeds.rss(network, 2));
            Feeds.servePages(network, 2);
            Source due = ingest.sources.add(network.url("/feed").toString(), null, "Due", null,
                    Polling.initial(Instant.now(), Duration.ofMinutes(15)));
            Source later = ingest.sources.add(network.url("/later").toString(), null, "Later", null,
                    Polling.initial(Instant.now().plus(Duration.ofHours(1)), Duration.ofMinutes(15)));

            try (Scheduler scheduler = new Scheduler(ingest.sources, ingest.refresher, Clock.systemUTC(), 2)) {
                scheduler.start();
                waitFor(() -> ingest.sources.find(due.id()).orElseThrow().polling().state() == SourceState.OK);
            }

            Polling polled = ingest.sources.find(due.id()).orElseThrow().polling();
            assertThat(polled.nextPollAt()).isAfter(Instant.now().plus(Duration.ofMinutes(4)));
            assertThat(ingest.articles.countBySource(due.id())).isEqualTo(2);
            assertThat(ingest.sources.find(later.id()).orElseThrow().polling().state()).isEqualTo(SourceState.NEW);
        }
    }

    @Test
    void picksUpASourceMadeDueWhileRunning() throws IOException, InterruptedException {
        try (TestNetwork network = new TestNetwork(); IngestFixture ingest = new IngestFixture(folder)) {
            network.serve("/feed", "application/rss+xml", Feeds.rss(network, 1));
            Feeds.servePages(network, 1);
            try (Scheduler scheduler = new Scheduler(ingest.sources, ingest.refresher, Clock.systemUTC(), 1)) {
                scheduler.start();
                Source added = ingest.sources.add(network.url("/feed").toString(), null, "New", null,
                        Polling.initial(Instant.now(), Duration.ofMinutes(15)));
                scheduler.wake();
                waitFor(() -> ingest.articles.countBySource(added.id()) == 1);
            }
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not met within 20 s");
            Thread.sleep(50);
        }
    }
}
