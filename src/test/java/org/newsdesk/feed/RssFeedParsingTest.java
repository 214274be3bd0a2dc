package org.newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Feed;
import org.newsdesk.domain.FeedEntry;
import org.newsdesk.domain.FeedFormat;

class RssFeedParsingTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void readsTheChannelOfAnRss20Feed() {
        Feed feed = parse("rss20.xml", "https://gazette.example/feed/");

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS);
        assertThat(feed.title()).isEqualTo("The Harbour Gazette & Times");
        assertThat(feed.siteUrl()).isEqualTo("https://gazette.example/");
        assertThat(feed.description()).isEqualTo("News from the harbour town");
    }

    @Test
    void mapsEveryFieldOfAnRss20ItemWithContentAndMedia() {
        FeedEntry entry = parse("rss20.xml", "https://gazette.example/feed/").entries().get(0);

        assertThat(entry).isEqualTo(new FeedEntry(
                "gazette-1042",
                "https://gazette.example/2024/03/ferry-budget",
                "Council approves new ferry & pier budget",
                "Mary O'Neill",
                Instant.parse("2024-03-05T09:30:00Z"),
                null,
                "<p>The council voted <b>7–2</b> for the budget.</p><p>Work starts in May.</p>",
                "<p>The council voted <b>7–2</b> for the budget.</p>",
                List.of("Politics", "Transport"),
                "https://cdn.gazette.example/img/ferry-large.jpg"));
    }

    @Test
    void usesAPermalinkGuidAsTheLinkAndKeepsTheNameOfAnRssAuthor() {
        FeedEntry entry = parse("rss20.xml", "https://gazette.example/feed/").entries().get(1);

        assertThat(entry).isEqualTo(new FeedEntry(
                "https://gazette.example/2024/03/lighthouse",
                "https://gazette.example/2024/03/lighthouse",
                "Lighthouse reopens after repairs",
                "Tom Hardy",
                Instant.parse("2024-03-04T18:00:00Z"),
                null,
                null,
                "The lighthouse on Cape Rock is open to visitors again.",
                List.of(),
                "https://gazette.example/img/lighthouse.png"));
    }

    @Test
    void titlesAnUntitledItemWithTheFirstWordsOfItsDescription() {
        FeedEntry entry = parse("rss20.xml", "https://gazette.example/feed/").entries().get(2);

        assertThat(entry.title())
                .isEqualTo("Tides will be unusually high this weekend; the harbour master asks boat…");
        assertThat(entry.guid()).isEqualTo("gazette-1040");
        assertThat(entry.url()).isEqualTo("https://gazette.example/2024/03/tides");
        assertThat(entry.imageUrl()).as("an audio enclosure is not an image").isNull();
    }

    @Test
    void skipsItemsWithoutAnAddressToOpen() {
        List<FeedEntry> entries = parse("rss20.xml", "https://gazette.example/feed/").entries();

        assertThat(entries).extracting(FeedEntry::guid)
                .containsExactly("gazette-1042", "https://gazette.example/2024/03/lighthouse", "gazette-1040");
    }

    @Test
    void readsALatin1Rss091FeedWithTheNetscapeDoctypeAndHtmlEntities() {
        Feed feed = parse("rss091.xml", "http://oldtown.example/rss.xml");

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS);
        assertThat(feed.title()).isEqualTo("Old Town Weekly");
        assertThat(feed.siteUrl()).isEqualTo("http://oldtown.example/");
        assertThat(feed.description()).isEqualTo("Since 1999");
        assertThat(feed.entries()).containsExactly(new FeedEntry(
                null,
                "http://oldtown.example/news/cafe.html",
                "Café opens on Main Street",
                null,
                null,
                null,
                null,
                "A new café & bakery.",
                List.of(),
                null));
    }

    @Test
    void readsAnRss092ItemWithACategoryAndAnImageEnclosure() {
        Feed feed = parse("rss092.xml", "http://radio.example/rss");

        assertThat(feed.title()).isEqualTo("Radio Quay");
        assertThat(feed.entries()).containsExactly(new FeedEntry(
                null,
                "http://radio.example/shows/0301",
                "Morning show, 1 March",
                null,
                null,
                null,
                null,
                "Interviews with the lifeboat crew.",
                List.of("Shows"),
                "http://radio.example/covers/0301.jpg"));
    }

    @Test
    void readsAnRss10RdfItemWithDublinCoreAndTakesRdfAboutAsItsGuid() {
        Feed feed = parse("rss10.rdf", "https://science.example/rss");

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS);
        assertThat(feed.title()).isEqualTo("Science Notes");
        assertThat(feed.siteUrl()).isEqualTo("https://science.example/");
        assertThat(feed.description()).isEqualTo("Short notes on research");
        assertThat(feed.entries()).containsExactly(new FeedEntry(
                "https://science.example/notes/comet",
                "https://science.example/notes/comet",
                "A comet visible to the naked eye",
                "Dr. Ana Ruiz",
                Instant.parse("2024-02-10T19:15:00Z"),
                null,
                "<p>Look <i>north-west</i> after sunset.</p>",
                "Look north-west after sunset.",
                List.of("Astronomy"),
                null));
    }

    @Test
    void readsAnRss090Feed() {
        Feed feed = parse("rss090.rdf", "http://www.mozilla.org/news.rdf");

        assertThat(feed.title()).isEqualTo("Mozilla Dot Org");
        assertThat(feed.siteUrl()).isEqualTo("http://www.mozilla.org");
        assertThat(feed.entries()).extracting(FeedEntry::title, FeedEntry::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("New Status Updates", "http://www.mozilla.org/status/"),
                org.assertj.core.groups.Tuple.tuple("Bugzilla Reorganized", "http://www.mozilla.org/bugs/"));
    }

    private Feed parse(String fixture, String feedUrl) {
        return parser.parse(Fixtures.bytes(fixture), "application/rss+xml", URI.create(feedUrl));
    }
}
