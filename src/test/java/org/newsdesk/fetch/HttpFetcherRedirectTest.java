package org.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherRedirectTest {

    private final LocalServer server = LocalServer.start();
    private final HttpFetcher fetcher = new HttpFetcher(HttpFetcherTest.LOCAL, Clock.systemUTC());

    HttpFetcherRedirectTest() throws IOException {
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private void redirect(String from, int status, String location) {
        server.on(from, LocalServer.answering(status, null, "", "Location", location));
    }

    @Test
    void followsRelativeRedirectAndReportsTheFinalUrl() {
        redirect("/old/feed", 301, "../new/feed?format=rss");
        server.on("/new/feed", LocalServer.answering(200, "application/rss+xml", "<rss/>"));

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/old/feed")));

        assertThat(result.text()).isEqualTo("<rss/>");
        assertThat(result.requestedUrl()).isEqualTo(server.url("/old/feed"));
        assertThat(result.finalUrl()).isEqualTo(server.url("/new/feed?format=rss"));
    }

    @Test
    void followsEveryRedirectStatus() {
        redirect("/301", 301, "/302");
        redirect("/302", 302, "/303");
        redirect("/303", 303, "/307");
        redirect("/307", 307, "/308");
        redirect("/308", 308, "/end");
        server.on("/end", LocalServer.answering(200, "text/plain", "done"));

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/301"))).text()).isEqualTo("done");
    }

    @Test
    void followsFiveRedirectsButNotSix() {
        for (int i = 1; i <= 6; i++) redirect("/r" + i, 302, "/r" + (i + 1));
        server.on("/r7", LocalServer.answering(200, "text/plain", "end"));

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/r2"))).finalUrl()).isEqualTo(server.url("/r7"));
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(FetchRequest.feed(server.url("/r1"))));
        assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_MANY_REDIRECTS);
        assertThat(e.getMessage()).isEqualTo("more than 5 redirects from " + server.url("/r1"));
    }

    @Test
    void stopsARedirectLoop() {
        redirect("/a", 302, "/b");
        redirect("/b", 302, "/a");

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(FetchRequest.feed(server.url("/a"))));

        assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_MANY_REDIRECTS);
        assertThat(e.getMessage()).isEqualTo("the redirects from " + server.url("/a") + " loop: " + server.url("/b")
                + " leads back to " + server.url("/a"));
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void refusesARedirectToAPrivateAddressBeforeConnecting() {
        redirect("/feed", 302, "http://10.0.0.1/internal");

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(FetchRequest.feed(server.url("/feed"))));

        assertThat(e.reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS);
        assertThat(e.getMessage()).isEqualTo("refused to fetch http://10.0.0.1/internal: 10.0.0.1 is a private"
                + " address (allow it in the configuration to fetch it)");
        assertThat(e.url()).hasToString("http://10.0.0.1/internal");
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        redirect("/feed", 302, "ftp://files.example/feed.xml");

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(FetchRequest.feed(server.url("/feed"))));

        assertThat(e.reason()).isEqualTo(FetchException.Reason.INVALID_URL);
        assertThat(e.getMessage()).isEqualTo("the server at " + server.url("/feed")
                + " redirected to ftp://files.example/feed.xml, which is not an http or https URL");
    }

    @Test
    void toleratesSpacesAndNonAsciiInLocation() {
        redirect("/feed", 301, "/news feed/café");
        server.on("/news feed/café", LocalServer.answering(200, "text/plain", "ok"));

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/feed")));

        assertThat(result.finalUrl()).isEqualTo(server.url("/news%20feed/caf%C3%A9"));
        assertThat(result.text()).isEqualTo("ok");
    }

    @Test
    void redirectWithoutLocationIsAnError() {
        server.on("/feed", LocalServer.answering(302, null, ""));

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(FetchRequest.feed(server.url("/feed"))));

        assertThat(e.reason()).isEqualTo(FetchException.Reason.HTTP_ERROR);
        assertThat(e.getMessage()).isEqualTo("the server at " + server.url("/feed") + " answered 302 Found");
    }
}
