package org.newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {

    private final FeedDiscovery discovery = new FeedDiscovery();

    @Test
    void findsAdvertisedFeedsAbsoluteInPageOrderEachOnce() {
        List<URI> feeds = discovery.advertised(Fixtures.text("page.html"),
                URI.create("https://gazette.example/news/index.html"));

        assertThat(feeds).containsExactly(
                URI.create("https://gazette.example/feed/"),
                URI.create("https://gazette.example/news/comments/feed/"),
                URI.create("https://gazette.example/atom.xml"),
                URI.create("https://gazette.example/feed.json"),
                URI.create("https://gazette.example/all-posts"),
                URI.create("https://gazette.example/news/sport/feed/"));
    }

    @Test
    void resolvesRelativeFeedLinksAgainstThePagesBaseElement() {
        String html = "<html><head><base href=\"https://cdn.example/blog/\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"atom.xml\"></head></html>";

        assertThat(discovery.advertised(html, URI.create("https://www.example/")))
                .containsExactly(URI.create("https://cdn.example/blog/atom.xml"));
    }

    @Test
    void acceptsAJsonLinkOnlyWhenItSpeaksOfAFeed() {
        String html = "<link rel=alternate type=application/json title='JSON Feed' href='/feed.json'>"
                + "<link rel=alternate type=application/json title='JSON' href='/wp-json/wp/v2/posts/9'>";

        assertThat(discovery.advertised(html, URI.create("https://site.example/")))
                .containsExactly(URI.create("https://site.example/feed.json"));
    }

    @Test
    void findsNothingOnAPageWithoutFeedLinks() {
        assertThat(discovery.advertised("<html><head><title>x</title></head></html>",
                URI.create("https://site.example/"))).isEmpty();
    }

    @Test
    void listsCommonFeedPathsOnTheSiteRoot() {
        assertThat(discovery.commonPaths(URI.create("https://example.com/?utm_source=x"))).containsExactly(
                URI.create("https://example.com/feed"),
                URI.create("https://example.com/rss"),
                URI.create("https://example.com/rss.xml"),
                URI.create("https://example.com/atom.xml"),
                URI.create("https://example.com/feed.xml"),
                URI.create("https://example.com/index.xml"),
                URI.create("https://example.com/feed.json"),
                URI.create("https://example.com/atom"),
                URI.create("https://example.com/index.rss"),
                URI.create("https://example.com/feeds/posts/default"),
                URI.create("https://example.com/?feed=rss2"));
    }

    @Test
    void triesTheSitesOwnDirectoryFirstWhenItHasAPath() {
        List<URI> paths = discovery.commonPaths(URI.create("http://example.com:8080/blog/index.html"));

        assertThat(paths).hasSize(16);
        assertThat(paths.subList(0, 6)).containsExactly(
                URI.create("http://example.com:8080/blog/feed"),
                URI.create("http://example.com:8080/blog/rss.xml"),
                URI.create("http://example.com:8080/blog/atom.xml"),
                URI.create("http://example.com:8080/blog/feed.xml"),
                URI.create("http://example.com:8080/blog/index.xml"),
                URI.create("http://example.com:8080/feed"));
        assertThat(discovery.commonPaths(URI.create("https://example.com/blog")).getFirst())
                .isEqualTo(URI.create("https://example.com/blog/feed"));
    }

    @Test
    void refusesASiteAddressThatIsNotAWebAddress() {
        assertThatThrownBy(() -> discovery.commonPaths(URI.create("ftp://example.com/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the site address must be an absolute http(s) address, was ftp://example.com/");
    }

    @Test
    void tellsHtmlPagesFromFeedsByTheirContentBeforeTheirContentType() {
        assertThat(discovery.looksLikeHtml(Fixtures.bytes("page.html"), null)).isTrue();
        assertThat(discovery.looksLikeHtml(Fixtures.bytes("page.html"), "application/rss+xml")).isTrue();
        assertThat(discovery.looksLikeHtml(Fixtures.bytes("rss20.xml"), "text/html")).isFalse();
        assertThat(discovery.looksLikeHtml(Fixtures.bytes("jsonfeed11.json"), "text/html")).isFalse();
        assertThat(discovery.looksLikeHtml(bytes("Moved <b>here</b>"), "text/html; charset=utf-8")).isTrue();
        assertThat(discovery.looksLikeHtml(bytes("Moved"), "text/plain")).isFalse();
        assertThat(discovery.looksLikeHtml(bytes("<!-- cached --><!doctype HTML><title>x</title>"), null)).isTrue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
