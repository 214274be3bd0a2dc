package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ContentOrigin;
import org.newsdesk.domain.NewArticle;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.Source;
import org.newsdesk.readers.ArchivePolicy;
import org.newsdesk.testing.MutableClock;

/** The server's housekeeping applies the configured archive policy to reading state. */
class HousekeepingTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(T0);
    private Newsdesk newsdesk;
    private Reader ana;
    private Source source;

    @BeforeEach
    void open() {
        Config config = DemoIngestTest.embedded(folder, null, null)
                .withArchivePolicy(new ArchivePolicy(Duration.ofDays(3), Duration.ofDays(10)));
        newsdesk = new Newsdesk(config, false, clock);
        ana = newsdesk.readers.accounts.create("Ana", "correct horse battery", Role.ADMIN);
        source = newsdesk.sources.add("https://a.example/feed", "https://a.example/", "A", null,
                Polling.initial(T0, Duration.ofMinutes(30)));
        newsdesk.readers.subscriptions.subscribe(ana, source.id(), null);
    }

    @AfterEach
    void close() {
        newsdesk.close();
    }

    @Test
    void marksArticlesPastTheConfiguredUnreadRetentionReadAndKeepsStars() {
        long old = article("old", T0);
        long starred = article("starred", T0);
        long recent = article("recent", T0.plus(Duration.ofDays(2)));
        newsdesk.readers.reading.star(ana, starred);
        clock.advance(Duration.ofDays(4));

        newsdesk.readers.tidy();

        assertThat(newsdesk.readers.reading.readAmong(ana, List.of(old, starred, recent))).containsExactlyInAnyOrder(old, starred);
        assertThat(newsdesk.readers.reading.unreadIds(ana, 10)).containsExactly(recent);
        assertThat(newsdesk.readers.reading.starredIds(ana, 10)).containsExactly(starred);
    }

    @Test
    void leavesArticlesWithinTheRetentionAlone() {
        long old = article("old", T0);
        clock.advance(Duration.ofDays(2));

        newsdesk.readers.tidy();

        assertThat(newsdesk.readers.reading.unreadIds(ana, 10)).containsExactly(old);
    }

    private long article(String identity, Instant fetchedAt) {
        ArticleContent content = new ArticleContent("Article " + identity, List.of(), null, null, null, null, null,
                null, null, "<p>" + identity + "</p>", identity, List.of(), null, List.of());
        return newsdesk.articles.insert(new NewArticle(source.id(), "https://a.example/" + identity, identity,
                ContentOrigin.PAGE, fetchedAt, List.of(), content)).id();
    }
}
