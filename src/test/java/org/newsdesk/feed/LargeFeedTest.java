package org.newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.domain.Feed;
import org.newsdesk.domain.FeedEntry;

class LargeFeedTest {

    private static final URI URL = URI.create("https://archive.example/feed");
    private static final byte[] TEN_THOUSAND = generate(10_000);

    @Test
    @Timeout(20)
    void keepsTheFirstFiveThousandEntriesOfATenThousandEntryFeedByDefault() {
        Feed feed = new FeedParser().parse(TEN_THOUSAND, "application/rss+xml", URL);

        assertThat(feed.entries()).hasSize(FeedParser.DEFAULT_MAX_ENTRIES);
        assertThat(feed.entries().getFirst()).isEqualTo(expectedEntry(0));
        assertThat(feed.entries().getLast()).isEqualTo(expectedEntry(4_999));
    }

    @Test
    @Timeout(20)
    void readsAllTenThousandEntriesWhenTheMaximumAllowsIt() {
        Feed feed = new FeedParser(20_000).parse(TEN_THOUSAND, "application/rss+xml", URL);

        assertThat(feed.entries()).hasSize(10_000);
        assertThat(feed.entries().get(9_999)).isEqualTo(expectedEntry(9_999));
    }

    @Test
    void capsAtAConfiguredMaximum() {
        Feed feed = new FeedParser(3).parse(TEN_THOUSAND, "application/rss+xml", URL);

        assertThat(feed.entries()).extracting(FeedEntry::guid).containsExactly("item-0", "item-1", "item-2");
    }

    private static FeedEntry expectedEntry(int i) {
        return new FeedEntry("item-" + i, "https://archive.example/posts/" + i, "Post number " + i + " & more",
                "Writer " + (i % 7), Instant.ofEpochSecond(1_700_000_000L - i * 3600L), null, null,
                "<p>Body of post " + i + ".</p>", java.util.List.of("Archive"), null);
    }

    private static byte[] generate(int count) {
        StringBuilder xml = new StringBuilder(count * 400);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" ")
                .append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Archive</title>")
                .append("<link>https://archive.example/</link><description>Everything</description>\n");
        java.time.format.DateTimeFormatter rfc1123 = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME;
        for (int i = 0; i < count; i++) {
            String date = rfc1123.format(Instant.ofEpochSecond(1_700_000_000L - i * 3600L)
                    .atOffset(java.time.ZoneOffset.UTC));
            xml.append("<item><title>Post number ").append(i).append(" &amp; more</title>")
                    .append("<link>/posts/").append(i).append("</link>")
                    .append("<guid isPermaLink=\"false\">item-").append(i).append("</guid>")
                    .append("<dc:creator>Writer ").append(i % 7).append("</dc:creator>")
                    .append("<pubDate>").append(date).append("</pubDate>")
                    .append("<category>Archive</category>")
                    .append("<description><![CDATA[<p>Body of post ").append(i).append(".</p>]]></description>")
                    .append("</item>\n");
        }
        return xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
