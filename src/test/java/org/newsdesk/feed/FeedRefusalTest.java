package org.newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Documents that are unsafe, not feeds, or broken, and how each is refused. */
class FeedRefusalTest {

    private static final URI URL = URI.create("https://bad.example/feed");
    private static final String DOCTYPE_REFUSAL = "the feed at https://bad.example/feed declares a DOCTYPE, which"
            + " Newsdesk refuses for safety (a DOCTYPE can expand into gigabytes of text or read files from the server)";

    private final FeedParser parser = new FeedParser();

    @Test
    @Timeout(5)
    void refusesABillionLaughsBombAsUnsafeXml() {
        assertRefused(() -> parse(Fixtures.bytes("billion-laughs.xml"), "application/rss+xml"),
                FeedException.Reason.UNSAFE_XML, DOCTYPE_REFUSAL);
    }

    @Test
    void refusesAnExternalEntityThatWouldReadEtcPasswd() {
        assertRefused(() -> parse(Fixtures.bytes("xxe.xml"), "application/rss+xml"),
                FeedException.Reason.UNSAFE_XML, DOCTYPE_REFUSAL);
    }

    @Test
    void refusesAnExternalDtdPointingAtALocalFile() {
        assertRefused(() -> parse(Fixtures.bytes("xxe-external-dtd.xml"), null),
                FeedException.Reason.UNSAFE_XML, DOCTYPE_REFUSAL);
    }

    @Test
    void refusesTheNetscapeRssDoctypeWhenItDeclaresEntitiesInline() {
        String xml = """
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd" [
                  <!ENTITY a "aaaaaaaaaa"> ]>
                <rss version="0.91"><channel><title>&a;</title></channel></rss>""";

        assertRefused(() -> parse(xml), FeedException.Reason.UNSAFE_XML, DOCTYPE_REFUSAL);
    }

    @Test
    void theRomeParserItselfRefusesADoctypeThatGotPastTheFirstCheck() {
        String xml = Fixtures.text("xxe.xml");

        assertRefused(() -> new RomeFeedParser(10).parse(xml, URL), FeedException.Reason.UNSAFE_XML, DOCTYPE_REFUSAL);
    }

    @Test
    void recognisesAnHtmlPageSoTheCallerCanRunDiscovery() {
        byte[] page = Fixtures.bytes("page.html");

        assertRefused(() -> parse(page, "text/html; charset=utf-8"),
                FeedException.Reason.HTML_PAGE, "not a feed: the page at https://bad.example/feed is HTML");
        assertRefused(() -> parse(page, null),
                FeedException.Reason.HTML_PAGE, "not a feed: the page at https://bad.example/feed is HTML");
    }

    @Test
    void recognisesAnXhtmlPageWithAnXmlDeclarationAndDoctypeAsHtmlNotAsUnsafeXml() {
        String xhtml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body></body></html>""";

        assertRefused(() -> parse(xhtml),
                FeedException.Reason.HTML_PAGE, "not a feed: the page at https://bad.example/feed is HTML");
    }

    @Test
    void recognisesAnHtmlFragmentServedAsHtml() {
        assertRefused(() -> parse("<div class=\"error\">Not found</div>".getBytes(StandardCharsets.UTF_8),
                "text/html"), FeedException.Reason.HTML_PAGE, "not a feed: the page at https://bad.example/feed is HTML");
    }

    @Test
    void callsTextServedAsHtmlAnHtmlPage() {
        assertRefused(() -> parse("Please enable JavaScript to continue.".getBytes(StandardCharsets.UTF_8),
                "text/html"), FeedException.Reason.HTML_PAGE, "not a feed: the page at https://bad.example/feed is HTML");
    }

    @Test
    void readsAFeedThatAServerLabelsAsHtml() {
        assertThat(parse(Fixtures.bytes("rss092.xml"), "text/html").title()).isEqualTo("Radio Quay");
    }

    @Test
    void saysWhatADocumentIsWhenItIsNotAFeed() {
        assertRefused(() -> parse("Service temporarily unavailable"), FeedException.Reason.NOT_A_FEED,
                "not a feed: the document at https://bad.example/feed is plain text, neither XML nor JSON");
        assertRefused(() -> parse(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}, "image/png"),
                FeedException.Reason.NOT_A_FEED,
                "not a feed: the document at https://bad.example/feed is binary data (image/png)");
        assertRefused(() -> parse(Fixtures.bytes("nested.opml"), "text/x-opml"), FeedException.Reason.NOT_A_FEED,
                "not a feed: the document at https://bad.example/feed is an OPML subscription list");
        assertRefused(() -> parse("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>"),
                FeedException.Reason.NOT_A_FEED, "not a feed: the document at https://bad.example/feed is an XML"
                        + " document whose root element is <svg>, not RSS or Atom");
        assertRefused(() -> parse("[1, 2, 3]"), FeedException.Reason.NOT_A_FEED,
                "not a feed: the document at https://bad.example/feed is JSON, but not a JSON Feed");
    }

    @Test
    void reportsTheLineAndColumnOfMalformedXml() {
        assertRefused(() -> parse(Fixtures.bytes("malformed.xml"), "application/rss+xml"),
                FeedException.Reason.MALFORMED, "the feed at https://bad.example/feed is not well-formed XML"
                        + " (line 7, column 5): The element type \"item\" must be terminated by the matching"
                        + " end-tag \"</item>\".");
    }

    @Test
    void refusesAnEmptyOrBlankBody() {
        assertRefused(() -> parse(new byte[0], null), FeedException.Reason.EMPTY,
                "the feed at https://bad.example/feed is empty");
        assertRefused(() -> parse(" \r\n\t ".getBytes(StandardCharsets.UTF_8), "application/rss+xml"),
                FeedException.Reason.EMPTY, "the feed at https://bad.example/feed is empty");
    }

    @Test
    void refusesAMaximumBelowOne() {
        assertThatThrownBy(() -> new FeedParser(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxEntries must be at least 1, was 0");
    }

    private static void assertRefused(ThrowingCallable call, FeedException.Reason reason, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(FeedException.class)
                .hasMessage(message)
                .extracting(e -> ((FeedException) e).reason()).isEqualTo(reason);
    }

    private org.newsdesk.domain.Feed parse(String body) {
        return parse(body.getBytes(StandardCharsets.UTF_8), null);
    }

    private org.newsdesk.domain.Feed parse(byte[] body, String contentType) {
        return parser.parse(body, contentType, URL);
    }
}
