package org.newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Feed;
import org.newsdesk.domain.FeedEntry;
import org.newsdesk.domain.FeedFormat;

class AtomFeedParsingTest {

    private static final URI FEED_URL = URI.create("https://engineering.example/feeds/atom.xml");

    private final FeedParser parser = new FeedParser();

    @Test
    void readsTheFeedLevelFieldsOfAnAtom10FeedAgainstItsXmlBase() {
        Feed feed = parse("atom10.xml", FEED_URL);

        assertThat(feed.format()).isEqualTo(FeedFormat.ATOM);
        assertThat(feed.title()).isEqualTo("Engineering <at> Example");
        assertThat(feed.siteUrl()).isEqualTo("https://engineering.example/blog/");
        assertThat(feed.description()).isEqualTo("How we build things");
        assertThat(feed.entries()).hasSize(3);
    }

    @Test
    void mapsEveryFieldOfAnAtomEntryWithHtmlTitleXhtmlContentAndSeveralAuthors() {
        FeedEntry entry = parse("atom10.xml", FEED_URL).entries().get(0);

        assertThat(entry).isEqualTo(new FeedEntry(
                "tag:engineering.example,2024:post-17",
                "https://engineering.example/blog/posts/scaling-search",
                "Scaling search to 1B documents",
                "Priya Nair, Lars Berg",
                Instant.parse("2024-04-01T12:00:00Z"),
                Instant.parse("2024-04-02T09:30:00Z"),
                "<p>We sharded by <em>tenant</em>.</p>",
                "<p>We sharded by tenant &amp; time.</p>",
                List.of("Search", "scale"),
                "https://engineering.example/media/search-cover.webp"));
    }

    @Test
    void resolvesLinksAgainstTheEntrysOwnXmlBaseAndFallsBackToTheFeedAuthor() {
        FeedEntry entry = parse("atom10.xml", FEED_URL).entries().get(1);

        assertThat(entry).isEqualTo(new FeedEntry(
                "https://engineering.example/notes/build-times",
                "https://engineering.example/notes/build-times",
                "Build times, halved",
                "Platform Team",
                null,
                Instant.parse("2024-03-20T12:00:00Z"),
                "<p>Cache the dependencies.</p><p>Then cache the tests &lt;too&gt;.</p>",
                null,
                List.of(),
                "https://engineering.example/notes/thumbs/build.png"));
    }

    @Test
    void usesAnIdThatIsAnAddressWhenAnEntryHasNoLink() {
        FeedEntry entry = parse("atom10.xml", FEED_URL).entries().get(2);

        assertThat(entry.url()).isEqualTo("https://engineering.example/blog/posts/url-id");
        assertThat(entry.summaryHtml()).isEqualTo("<p>Short.</p>");
        assertThat(entry.contentHtml()).isNull();
    }

    @Test
    void readsAnAtom03FeedWithEscapedContent() {
        Feed feed = parse("atom03.xml", URI.create("http://divelog.example/atom.xml"));

        assertThat(feed.format()).isEqualTo(FeedFormat.ATOM);
        assertThat(feed.title()).isEqualTo("Dive Log");
        assertThat(feed.siteUrl()).isEqualTo("http://divelog.example/");
        assertThat(feed.description()).isEqualTo("Notes from underwater");
        assertThat(feed.entries()).containsExactly(new FeedEntry(
                "tag:divelog.example,2004:wreck",
                "http://divelog.example/2004/01/wreck",
                "Wreck dive at Blue Bay",
                "Sam Reef",
                Instant.parse("2004-01-09T13:00:00Z"),
                Instant.parse("2004-01-10T11:00:00Z"),
                "<p>Visibility was <b>20 metres</b>.</p>",
                "<p>Visibility was 20 metres.</p>",
                List.of(),
                null));
    }

    private Feed parse(String fixture, URI feedUrl) {
        return parser.parse(Fixtures.bytes(fixture), "application/atom+xml; charset=utf-8", feedUrl);
    }
}
