package org.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

    static final FetchSettings LOCAL = FetchSettings.defaults()
            .withAddressPolicy(AddressPolicy.allowing(List.of("127.0.0.1")))
            .withHostDelay(Duration.ZERO);

    private final LocalServer server;
    private final HttpFetcher fetcher = new HttpFetcher(LOCAL, Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC));

    HttpFetcherTest() throws IOException {
        server = LocalServer.start();
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void fetchesAFeedWithItsHeadersAndOurs() {
        server.on("/feed", LocalServer.answering(200, "application/rss+xml; charset=utf-8", "<rss>ünï</rss>",
                "ETag", "\"v1\"", "Last-Modified", "Sat, 01 Mar 2025 10:00:00 GMT"));

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/feed")));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.notModified()).isFalse();
        assertThat(result.text()).isEqualTo("<rss>ünï</rss>");
        assertThat(result.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(result.etag()).isEqualTo("\"v1\"");
        assertThat(result.lastModified()).isEqualTo("Sat, 01 Mar 2025 10:00:00 GMT");
        assertThat(result.requestedUrl()).isEqualTo(server.url("/feed"));
        assertThat(result.finalUrl()).isEqualTo(server.url("/feed"));
        LocalServer.Received sent = server.received("/feed").get(0);
        assertThat(sent.header("User-Agent"))
                .isEqualTo("Newsdesk/0.1 (+https://github.com/newsdesk/newsdesk; self-hosted news reader)");
        assertThat(sent.header("Accept")).isEqualTo(Purpose.FEED.accept());
        assertThat(sent.header("Accept-Encoding")).isEqualTo("gzip, deflate");
        assertThat(sent.header("If-None-Match")).isNull();
    }

    @Test
    void pagesAskForHtml() {
        server.on("/", LocalServer.answering(200, "text/html", "<p>hi</p>"));
        fetcher.fetch(FetchRequest.page(server.url("/story")));
        assertThat(server.received("/story").get(0).header("Accept")).startsWith("text/html");
    }

    @Test
    void skipsUnchangedFeedOn304() {
        server.on("/feed", exchange -> {
            boolean same = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            LocalServer.respond(exchange, same ? 304 : 200, "application/rss+xml",
                    same ? new byte[0] : "<rss/>".getBytes(StandardCharsets.UTF_8));
        });

        FetchResult result = fetcher.fetch(
                FetchRequest.feed(server.url("/feed"), "\"v1\"", "Sat, 01 Mar 2025 10:00:00 GMT"));

        assertThat(result.notModified()).isTrue();
        assertThat(result.status()).isEqualTo(304);
        assertThat(result.body()).isEmpty();
        assertThat(result.etag()).isEqualTo("\"v1\"");
        assertThat(result.lastModified()).isEqualTo("Sat, 01 Mar 2025 10:00:00 GMT");
        LocalServer.Received sent = server.received("/feed").get(0);
        assertThat(sent.header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(sent.header("If-Modified-Since")).isEqualTo("Sat, 01 Mar 2025 10:00:00 GMT");
    }

    @Test
    void decompressesGzip() throws IOException {
        byte[] text = "<rss>compressed</rss>".getBytes(StandardCharsets.UTF_8);
        byte[] gzipped = BoundedBodyTest.gzip(text);
        server.on("/feed", exchange -> LocalServer.respond(exchange, 200, "application/rss+xml", gzipped,
                "Content-Encoding", "gzip"));

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/feed"))).text()).isEqualTo("<rss>compressed</rss>");
    }

    @Test
    void decompressesDeflate() throws IOException {
        byte[] deflated = BoundedBodyTest.deflate("<rss>deflated</rss>".getBytes(StandardCharsets.UTF_8), false);
        server.on("/feed", exchange -> LocalServer.respond(exchange, 200, "application/rss+xml", deflated,
                "Content-Encoding", "deflate"));

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/feed"))).text()).isEqualTo("<rss>deflated</rss>");
    }

    @Test
    void decodesLatin1NamedInTheHeader() {
        byte[] body = "<p>Genève</p>".getBytes(StandardCharsets.ISO_8859_1);
        server.on("/page", exchange -> LocalServer.respond(exchange, 200, "text/html; charset=ISO-8859-1", body));

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/page")));

        assertThat(result.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(result.text()).isEqualTo("<p>Genève</p>");
    }

    @Test
    void notFoundIsAnHttpErrorNamingTheStatus() {
        server.on("/missing", LocalServer.answering(404, "text/plain", "nope"));

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(FetchRequest.feed(server.url("/missing"))));

        assertThat(e.reason()).isEqualTo(FetchException.Reason.HTTP_ERROR);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.retryAfter()).isNull();
        assertThat(e.getMessage()).isEqualTo("the server at " + server.url("/missing") + " answered 404 Not Found");
    }

    @Test
    void userInfoIsSentAsBasicAuthAndNeverShown() {
        server.on("/private", LocalServer.answering(403, "text/plain", "no"));
        URI url = URI.create("http://alice:s3cret@127.0.0.1:" + server.port() + "/private");

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(FetchRequest.feed(url)));

        assertThat(server.received("/private").get(0).header("Authorization")).isEqualTo("Basic YWxpY2U6czNjcmV0");
        assertThat(e.getMessage()).isEqualTo("the server at " + server.url("/private") + " answered 403 Forbidden");
        assertThat(e.url()).isEqualTo(server.url("/private"));
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(FetchRequest.feed(URI.create("file:///etc/passwd"))));
        assertThat(e.reason()).isEqualTo(FetchException.Reason.INVALID_URL);
        assertThat(e.getMessage()).isEqualTo("cannot fetch file:///etc/passwd: only http and https URLs can be fetched");
    }
}
