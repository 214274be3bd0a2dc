package org.newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Feed;
import org.newsdesk.domain.FeedEntry;
import org.newsdesk.domain.FeedFormat;

class JsonFeedParsingTest {

    private static final URI FEED_URL = URI.create("https://maker.example/feed.json");

    private final FeedParser parser = new FeedParser();

    @Test
    void readsTheFeedLevelFieldsOfAJsonFeed11() {
        Feed feed = parse("jsonfeed11.json");

        assertThat(feed.format()).isEqualTo(FeedFormat.JSON_FEED);
        assertThat(feed.title()).isEqualTo("Maker Diary");
        assertThat(feed.siteUrl()).isEqualTo("https://maker.example/");
        assertThat(feed.description()).isEqualTo("Things I built this week");
    }

    @Test
    void mapsEveryFieldOfAJsonFeedItem() {
        FeedEntry entry = parse("jsonfeed11.json").entries().get(0);

        assertThat(entry).isEqualTo(new FeedEntry(
                "2024-05-keyboard",
                "https://maker.example/2024/05/keyboard",
                "A split keyboard from scratch",
                "Kim Lee, Jo Park",
                Instant.parse("2024-05-04T08:15:00Z"),
                Instant.parse("2024-05-05T08:00:00Z"),
                "<p>Hand-wired, <strong>42 keys</strong>.</p>",
                "<p>Hand-wired &amp; 42 keys.</p>",
                List.of("Electronics", "keyboards"),
                "https://maker.example/img/keyboard.jpg"));
    }

    @Test
    void escapesContentTextIntoParagraphsAndTitlesAnUntitledItemWithItsFirstWords() {
        FeedEntry entry = parse("jsonfeed11.json").entries().get(1);

        assertThat(entry).isEqualTo(new FeedEntry(
                "1017",
                "https://maker.example/2024/04/lamp",
                "A desk lamp from an old tin. It took <two> evenings.",
                "Kim Lee",
                Instant.parse("2024-04-20T19:00:00Z"),
                null,
                "<p>A desk lamp from an old tin.</p><p>It took &lt;two&gt; evenings.</p>",
                null,
                List.of(),
                "https://maker.example/img/lamp-banner.jpg"));
    }

    @Test
    void usesAnIdThatIsAnAddressAsTheLinkAndDropsAnUnreadableDate() {
        FeedEntry entry = parse("jsonfeed11.json").entries().get(2);

        assertThat(entry.url()).isEqualTo("https://maker.example/2024/04/shelf");
        assertThat(entry.published()).isNull();
    }

    @Test
    void skipsAnItemWithoutAnyAddress() {
        assertThat(parse("jsonfeed11.json").entries()).extracting(FeedEntry::guid)
                .containsExactly("2024-05-keyboard", "1017", "https://maker.example/2024/04/shelf");
    }

    @Test
    void readsAJsonFeed10WithItsSingleAuthorField() {
        Feed feed = parser.parse(Fixtures.bytes("jsonfeed10.json"), "application/json",
                URI.create("https://podnotes.example/feed.json"));

        assertThat(feed.title()).isEqualTo("Tiny Podcast Notes");
        assertThat(feed.entries()).containsExactly(new FeedEntry(
                "ep-12",
                "https://podnotes.example/ep/12",
                "Episode 12: Tides",
                "Guest Host",
                Instant.parse("2024-01-15T14:00:00Z"),
                null,
                "<p>Show notes.</p>",
                null,
                List.of("Oceans"),
                null));
    }

    @Test
    void refusesJsonThatIsNotAJsonFeed() {
        byte[] body = "{\"status\":\"ok\",\"data\":[1,2,3]}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(body, "application/json", FEED_URL))
                .isInstanceOf(FeedException.class)
                .hasMessage("not a feed: the document at https://maker.example/feed.json is JSON, but not a JSON Feed")
                .extracting(e -> ((FeedException) e).reason()).isEqualTo(FeedException.Reason.NOT_A_FEED);
    }

    @Test
    void reportsWhereJsonIsMalformed() {
        byte[] body = "{\"version\": \"https://jsonfeed.org/version/1.1\",\n \"title\": \"x\",\n \"items\": [ }"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(body, null, FEED_URL))
                .isInstanceOf(FeedException.class)
                .hasMessageStartingWith("the feed at https://maker.example/feed.json is not well-formed JSON (line 3, column 13): ")
                .extracting(e -> ((FeedException) e).reason()).isEqualTo(FeedException.Reason.MALFORMED);
    }

    private Feed parse(String fixture) {
        return parser.parse(Fixtures.bytes(fixture), "application/feed+json", FEED_URL);
    }
}
