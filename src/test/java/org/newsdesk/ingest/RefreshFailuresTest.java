package org.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.SourceState;
import org.newsdesk.fetch.FetchSettings;

/** Bad input marks its source failing with a readable message, and touches nothing else. */
class RefreshFailuresTest {

    @TempDir
    Path folder;

    private TestNetwork network;
    private IngestFixture ingest;

    @BeforeEach
    void start() throws IOException {
        network = new TestNetwork();
        ingest = new IngestFixture(folder);
    }

    @AfterEach
    void stop() {
        ingest.close();
        network.close();
    }

    @Test
    void marksAMalformedFeedFailingAndKeepsItsStoredArticles() {
        network.serve("/feed", "application/rss+xml", Feeds.rss(network, 3));
        Feeds.servePages(network, 3);
        Source source = subscribe("/feed");
        assertThat(ingest.refresher.refresh(source).added()).isEqualTo(3);

        network.serve("/feed", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Broken</title><item>");
        RefreshReport report = ingest.refresher.refresh(reload(source));

        assertThat(report.failed()).isTrue();
        Source failing = reload(source);
        assertThat(failing.polling().state()).isEqualTo(SourceState.FAILING);
        assertThat(failing.polling().lastError()).contains(network.url("/feed").toString());
        assertThat(ingest.articles.countBySource(source.id())).isEqualTo(3);
    }

    @Test
    void explainsThatAnHtmlPageWithoutFeedIsNotAFeed() {
        network.serve("/page", "text/html", "<html><head><title>Hi</title></head><body><p>Hello</p></body></html>");

        assertThatThrownBy(() -> ingest.service.add(network.url("/page").toString(), null))
                .isInstanceOfSatisfying(SourceException.class,
                        e -> assertThat(e.reason()).isEqualTo(SourceException.Reason.NO_FEED_FOUND))
                .hasMessage("not a feed: the page at " + network.url("/page") + " is HTML and advertises no feed");
        assertThat(ingest.sources.count()).isZero();
    }

    @Test
    void findsTheFeedASitePageAdvertises() {
        network.serve("/", "text/html", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/news.xml\">"
                + "</head><body>Home</body></html>");
        network.serve("/news.xml", "application/rss+xml", Feeds.rss(network, 1));

        Source added = ingest.service.add(network.url("/").toString(), "World");

        assertThat(added.feedUrl()).isEqualTo(network.url("/news.xml").toString());
        assertThat(added.title()).isEqualTo("Test Feed");
        assertThat(added.category()).isEqualTo("World");
    }

    @Test
    void reportsA404WithItsStatus() {
        Source source = subscribe("/gone");
        assertFailsWith(source, "404");
    }

    @Test
    void reportsATimeOut() {
        network.answer("/slow", exchange -> {
            sleep(Duration.ofSeconds(4));
            TestNetwork.send(exchange, 200, "application/rss+xml", Feeds.rss(network, 1).getBytes(StandardCharsets.UTF_8));
        });
        Source source = subscribe("/slow");
        assertFailsWith(source, "no complete response from " + network.url("/slow") + " within 2 s");
    }

    @Test
    void refusesABodyOverTheSizeCap() {
        network.serve("/huge", "application/rss+xml", "<rss>" + "x".repeat(300 * 1024) + "</rss>");
        Source source = subscribe("/huge");
        assertFailsWith(source, "limit");
    }

    @Test
    void stopsARedirectLoop() {
        network.answer("/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
        });
        Source source = subscribe("/loop");
        assertFailsWith(source, "redirect");
    }

    @Test
    void refusesAnXmlBombAndAnExternalEntity() {
        network.serve("/bomb", "application/rss+xml", """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <rss version="2.0"><channel><title>&lol2;</title></channel></rss>""");
        network.serve("/xxe", "application/rss+xml", """
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&x;</title></channel></rss>""");
        assertFailsWith(subscribe("/bomb"), "DOCTYPE");
        assertFailsWith(subscribe("/xxe"), "DOCTYPE");
    }

    @Test
    void readsAFeedWithInvalidUtf8Leniently() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(Feeds.rss(network, 1).replace("Story 0", "Story \u0000MARK").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        int mark = text.indexOf("\u0000MARK");
        bytes[mark] = (byte) 0xC3; // a lone lead byte: invalid UTF-8
        network.serveBytes("/latin", "application/rss+xml; charset=utf-8", bytes);
        Feeds.servePages(network, 1);

        RefreshReport report = ingest.refresher.refresh(subscribe("/latin"));

        assertThat(report.error()).isNull();
        assertThat(report.added()).isEqualTo(1);
    }

    @Test
    void takesAHugeFeedInBoundedBitesWithoutSkippingAny() {
        IngestFixture small = new IngestFixture(folder.resolve("small"), FetchSettings.defaults(), 20);
        try (small) {
            network.serve("/big", "application/rss+xml", Feeds.rss(network, 10_000));
            Feeds.servePages(network, 10_000);
            Source source = small.sources.add(network.url("/big").toString(), null, "Big", null,
                    Polling.initial(Instant.now(), Duration.ofMinutes(15)));

            RefreshReport first = small.refresher.refresh(source);
            RefreshReport second = small.refresher.refresh(small.sources.find(source.id()).orElseThrow());

            assertThat(first.error()).isNull();
            assertThat(first.added()).isEqualTo(20);
            assertThat(second.added()).isEqualTo(20);
            assertThat(small.articles.countBySource(source.id())).isEqualTo(40);
            Polling polling = small.sources.find(source.id()).orElseThrow().polling();
            assertThat(polling.etag()).isNull(); // the rest must not hide behind a 304
            assertThat(Duration.between(polling.lastFetchedAt(), polling.nextPollAt())).isEqualTo(PollSchedule.defaults().min());
        }
    }

    @Test
    void keepsOtherSourcesWorkingAndBacksOffTheFailingOne() {
        network.serve("/good", "application/rss+xml", Feeds.rss(network, 2));
        Feeds.servePages(network, 2);
        Source good = subscribe("/good");
        Source bad = subscribe("/missing");

        ingest.refresher.refresh(bad);
        Polling once = reload(bad).polling();
        ingest.refresher.refresh(reload(bad));
        Polling twice = reload(bad).polling();
        RefreshReport goodReport = ingest.refresher.refresh(good);

        assertThat(goodReport.added()).isEqualTo(2);
        assertThat(reload(good).polling().state()).isEqualTo(SourceState.OK);
        assertThat(twice.failures()).isEqualTo(2);
        assertThat(Duration.between(twice.lastFetchedAt(), twice.nextPollAt()))
                .isGreaterThan(Duration.between(once.lastFetchedAt(), once.nextPollAt()));
    }

    private void assertFailsWith(Source source, String words) {
        RefreshReport report = ingest.refresher.refresh(source);
        assertThat(report.error()).containsIgnoringCase(words);
        Source after = reload(source);
        assertThat(after.polling().state()).isEqualTo(SourceState.FAILING);
        assertThat(after.polling().lastError()).isEqualTo(report.error());
        assertThat(after.polling().nextPollAt()).isAfter(Instant.now().plus(Duration.ofMinutes(10)));
    }

    private Source subscribe(String path) {
        return ingest.sources.add(network.url(path).toString(), null, path, null,
                Polling.initial(Instant.now(), Duration.ofMinutes(15)));
    }

    private Source reload(Source source) {
        return ingest.sources.find(source.id()).orElseThrow();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
