package org.newsdesk.fetch;

import org.newsdesk.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherRobotsTest {

    private final LocalServer server = LocalServer.start();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
    private final HttpFetcher fetcher = new HttpFetcher(HttpFetcherTest.LOCAL, clock);

    HttpFetcherRobotsTest() throws IOException {
        server.on("/", LocalServer.answering(200, "text/html", "<p>page</p>"));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private void robots(String text) {
        server.on("/robots.txt", LocalServer.answering(200, "text/plain", text));
    }

    @Test
    void refusesAPageRobotsTxtDisallows() {
        robots("User-agent: *\nDisallow: /private/\n");

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(FetchRequest.page(server.url("/private/story"))));

        assertThat(e.reason()).isEqualTo(FetchException.Reason.ROBOTS_DISALLOWED);
        assertThat(e.getMessage()).isEqualTo("the robots.txt of 127.0.0.1 does not allow Newsdesk to fetch "
                + server.url("/private/story"));
        assertThat(server.received("/private/story")).isEmpty();
    }

    @Test
    void readsRobotsTxtOncePerSite() {
        robots("User-agent: Newsdesk\nDisallow: /drafts\n");

        fetcher.fetch(FetchRequest.page(server.url("/news/1")));
        fetcher.fetch(FetchRequest.page(server.url("/news/2")));

        assertThat(server.received("/robots.txt")).hasSize(1);
        assertThat(server.received("/robots.txt").get(0).header("User-Agent")).startsWith("Newsdesk/");
        assertThat(server.received("/robots.txt").get(0).header("Accept")).startsWith("text/plain");
        assertThat(server.received("/news/1")).hasSize(1);
        assertThat(server.received("/news/2")).hasSize(1);
    }

    @Test
    void readsRobotsTxtAgainAfterAnHour() {
        robots("User-agent: *\nDisallow:\n");

        fetcher.fetch(FetchRequest.page(server.url("/a")));
        clock.advance(Duration.ofMinutes(59));
        fetcher.fetch(FetchRequest.page(server.url("/b")));
        assertThat(server.received("/robots.txt")).hasSize(1);
        clock.advance(Duration.ofMinutes(2));
        fetcher.fetch(FetchRequest.page(server.url("/c")));
        assertThat(server.received("/robots.txt")).hasSize(2);
    }

    @Test
    void missingRobotsTxtAllowsEverything() {
        server.on("/robots.txt", LocalServer.answering(404, "text/plain", "not here"));

        assertThat(fetcher.fetch(FetchRequest.page(server.url("/story"))).text()).isEqualTo("<p>page</p>");
    }

    @Test
    void failingRobotsTxtAllowsEverythingWithoutRetrying() {
        server.on("/robots.txt", LocalServer.answering(503, "text/plain", "down"));

        assertThat(fetcher.fetch(FetchRequest.page(server.url("/story"))).text()).isEqualTo("<p>page</p>");
        assertThat(server.received("/robots.txt")).hasSize(1);
    }

    @Test
    void feedsAreFetchedWhateverRobotsTxtSays() {
        robots("User-agent: *\nDisallow: /\n");

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/feed.xml"))).status()).isEqualTo(200);
        assertThat(server.received("/robots.txt")).isEmpty();
    }

    @Test
    void redirectIntoADisallowedPathIsRefused() {
        robots("User-agent: *\nDisallow: /members/\n");
        server.on("/story", LocalServer.answering(302, null, "", "Location", "/members/story"));

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(FetchRequest.page(server.url("/story"))));

        assertThat(e.reason()).isEqualTo(FetchException.Reason.ROBOTS_DISALLOWED);
        assertThat(e.url()).isEqualTo(server.url("/members/story"));
        assertThat(server.received("/members/story")).isEmpty();
    }
}
