package org.newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Feed;
import org.newsdesk.domain.FeedEntry;

/** How bytes become text: charsets, byte order marks, broken bytes, stray characters. */
class FeedDecodingTest {

    private static final URI URL = URI.create("https://bytes.example/rss");

    private final FeedParser parser = new FeedParser();

    @Test
    void replacesInvalidUtf8BytesInsteadOfFailingTheWholeFeed() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Bytes</title><link>https://bytes.example/</link><description>d</description>"
                + "<item><title>Broken "));
        body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        body.writeBytes(utf8(" title</title><link>https://bytes.example/1</link></item>"
                + "<item><title>Café intact</title><link>https://bytes.example/2</link></item></channel></rss>"));

        Feed feed = parser.parse(body.toByteArray(), "application/rss+xml", URL);

        assertThat(feed.entries()).extracting(FeedEntry::title)
                .containsExactly("Broken \uFFFD(\uFFFD title", "Café intact");
    }

    @Test
    void prefersTheXmlDeclarationOverTheContentTypeCharset() {
        byte[] body = rss("Zürich €5", "windows-1252").getBytes(Charset.forName("windows-1252"));

        Feed feed = parser.parse(body, "text/xml; charset=UTF-8", URL);

        assertThat(feed.entries().getFirst().title()).isEqualTo("Zürich €5");
    }

    @Test
    void readsLatin1LabelledFeedsAsWindows1252LikeBrowsersDo() {
        byte[] body = rss("“Quoted” – dash", "ISO-8859-1").getBytes(Charset.forName("windows-1252"));

        assertThat(parser.parse(body, null, URL).entries().getFirst().title()).isEqualTo("“Quoted” – dash");
    }

    @Test
    void usesTheContentTypeCharsetWhenTheDocumentDeclaresNone() {
        String xml = rss("Ærø", null);

        Feed feed = parser.parse(xml.getBytes(StandardCharsets.ISO_8859_1), "application/xml; charset=iso-8859-1", URL);

        assertThat(feed.entries().getFirst().title()).isEqualTo("Ærø");
    }

    @Test
    void followsAByteOrderMark() {
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        utf8.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        utf8.writeBytes(utf8(rss("Ünïcode", "UTF-8")));
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.writeBytes(rss("Ünïcode", "UTF-16").getBytes(StandardCharsets.UTF_16LE));

        assertThat(parser.parse(utf8.toByteArray(), null, URL).entries().getFirst().title()).isEqualTo("Ünïcode");
        assertThat(parser.parse(utf16.toByteArray(), null, URL).entries().getFirst().title()).isEqualTo("Ünïcode");
    }

    @Test
    void dropsControlCharactersThatXmlForbids() {
        String xml = rss("Bell\u0007 and\u0000 null", "UTF-8");

        assertThat(parser.parse(utf8(xml), null, URL).entries().getFirst().title()).isEqualTo("Bell and null");
    }

    @Test
    void skipsJunkAServerPrintedBeforeTheFeed() {
        String xml = "\nWarning: Undefined variable $x in /var/www/feed.php on line 3\n" + rss("After junk", "UTF-8");

        assertThat(parser.parse(utf8(xml), "text/xml", URL).entries().getFirst().title()).isEqualTo("After junk");
    }

    @Test
    void readsRawAmpersandsAndHtmlEntitiesThatSloppyFeedsUse() {
        String xml = rss("Q&A with AT&T &copy; 2024 &hellip;", "UTF-8")
                .replace("https://bytes.example/1", "https://bytes.example/?a=1&b=2");

        FeedEntry entry = parser.parse(utf8(xml), null, URL).entries().getFirst();

        assertThat(entry.title()).isEqualTo("Q&A with AT&T © 2024 …");
        assertThat(entry.url()).isEqualTo("https://bytes.example/?a=1&b=2");
    }

    @Test
    void namesAnUntitledFeedAfterItsHost() {
        String xml = "<rss version=\"2.0\"><channel><title> </title><link>https://bytes.example/</link>"
                + "<description>d</description></channel></rss>";

        assertThat(parser.parse(utf8(xml), null, URL).title()).isEqualTo("bytes.example");
    }

    private static String rss(String itemTitle, String encoding) {
        String declaration = encoding == null ? "" : "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n";
        return declaration + "<rss version=\"2.0\"><channel><title>Bytes</title><link>https://bytes.example/</link>"
                + "<description>d</description><item><title>" + itemTitle + "</title>"
                + "<link>https://bytes.example/1</link></item></channel></rss>";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
