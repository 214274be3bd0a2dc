package org.newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Outline;

class OpmlCodecTest {

    private final OpmlCodec codec = new OpmlCodec();

    @Test
    void readsNestedFoldersAsCategoryPathsAndSkipsUnnamedFolders() {
        assertThat(codec.read(Fixtures.bytes("nested.opml"))).containsExactly(
                new Outline("Reuters World", "https://reuters.example/world.rss", null, "News/World"),
                new Outline("Euro Desk", "https://eurodesk.example/feed", "https://eurodesk.example/",
                        "News/World/Europe"),
                new Outline("Local Paper", "https://local.example/rss", null, "News"),
                new Outline("In an unnamed folder", "https://unnamed.example/atom.xml", null, null),
                new Outline("Loose feed", "https://loose.example/index.xml", null, null));
    }

    @Test
    void readsAFreshRssExportKeepingEachFeedOnceInItsFirstFolder() {
        assertThat(codec.read(Fixtures.bytes("freshrss.opml"))).containsExactly(
                new Outline("FreshRSS releases", "https://github.com/FreshRSS/FreshRSS/releases.atom",
                        "https://github.com/FreshRSS/FreshRSS/", "Uncategorized"),
                new Outline("Ars Technica", "https://feeds.arstechnica.com/arstechnica/index",
                        "https://arstechnica.com", "Tech & Science"),
                new Outline("Quanta Magazine", "https://www.quantamagazine.org/feed/",
                        "https://www.quantamagazine.org", "Tech & Science"),
                new Outline("XPath scraped page", "https://scraped.example/news", "https://scraped.example/",
                        "Tech & Science"),
                new Outline("BBC World", "http://feeds.bbci.co.uk/news/world/rss.xml", "https://www.bbc.co.uk/news/",
                        "News"));
    }

    @Test
    void readsAFeedlyExportSkippingOutlinesWithoutAUsableFeedAddress() {
        assertThat(codec.read(Fixtures.bytes("feedly.opml"))).containsExactly(
                new Outline("Smitten Kitchen", "http://feeds.feedburner.com/smittenkitchen",
                        "https://smittenkitchen.com", "Cooking"),
                new Outline("Serious Eats", "http://www.seriouseats.com/feeds/all", "https://www.seriouseats.com",
                        "Cooking"),
                new Outline("Julia Evans", "https://jvns.ca/atom.xml", "https://jvns.ca", "Dev"),
                new Outline("Top-level feed", "https://top.example/rss", "https://top.example/", null));
    }

    @Test
    void saysWhichEntriesOfAFeedlyExportItLeftOutAndWhy() {
        assertThat(codec.contents(Fixtures.bytes("feedly.opml")).skipped()).containsExactly(
                "No address: no feed address (xmlUrl)",
                "Relative: not a web address: \"/feed.xml\" (expected http:// or https://)",
                "Mail: not a web address: \"mailto:someone@example.com\" (expected http:// or https://)");
    }

    @Test
    void saysAFeedListedTwiceWasKeptOnceInItsFirstFolder() {
        OpmlContents contents = codec.contents(Fixtures.bytes("freshrss.opml"));

        assertThat(contents.feeds()).hasSize(5);
        assertThat(contents.skipped()).containsExactly("Ars Technica (again): "
                + "https://feeds.arstechnica.com/arstechnica/index is listed again; kept once, in Tech & Science");
        assertThat(codec.contents(Fixtures.bytes("nested.opml")).skipped()).isEmpty();
    }

    @Test
    void countsTheEntriesLeftOutPastTheFirstThousand() {
        String opml = "<opml version=\"2.0\"><body>" + "<outline text=\"Dead\"/>".repeat(1_003) + "</body></opml>";

        List<String> skipped = codec.contents(opml.getBytes(StandardCharsets.UTF_8)).skipped();

        assertThat(skipped).hasSize(1_001);
        assertThat(skipped.getFirst()).isEqualTo("Dead: no feed address (xmlUrl)");
        assertThat(skipped.getLast()).isEqualTo("and 3 more entries left out");
    }

    @Test
    void writesOpml20GroupedInNestedFoldersWithEscaping() {
        String opml = codec.write("My feeds", List.of(
                new Outline("A & B", "https://a.example/rss?x=1&y=2", "https://a.example/", "News/World"),
                new Outline("Loose", "https://l.example/feed", null, null),
                new Outline("C", "https://c.example/feed", null, "News")), Instant.parse("2024-06-01T10:00:00Z"));

        assertThat(opml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head>
                    <title>My feeds</title>
                    <dateCreated>Sat, 1 Jun 2024 10:00:00 GMT</dateCreated>
                  </head>
                  <body>
                    <outline text="News" title="News">
                      <outline text="World" title="World">
                        <outline type="rss" text="A &amp; B" title="A &amp; B" xmlUrl="https://a.example/rss?x=1&amp;y=2" htmlUrl="https://a.example/"/>
                      </outline>
                      <outline type="rss" text="C" title="C" xmlUrl="https://c.example/feed"/>
                    </outline>
                    <outline type="rss" text="Loose" title="Loose" xmlUrl="https://l.example/feed"/>
                  </body>
                </opml>
                """);
    }

    @Test
    void readsBackWhatItWroteWithNestedFoldersAndAwkwardCharacters() {
        List<Outline> outlines = List.of(
                new Outline("Quotes \"double\" & 'single' <tags>", "https://q.example/feed?a=1&b=2",
                        "https://q.example/", "Reading/Essays & Ideas"),
                new Outline("Émoji 📰 news", "https://e.example/rss", null, "Reading"),
                new Outline("Deep", "https://d.example/atom.xml", null, "A/B/C/D"),
                new Outline("Uncategorised", "https://u.example/index.xml", "https://u.example/", null),
                new Outline("Second in essays", "https://s.example/feed", null, "Reading/Essays & Ideas"));

        String opml = codec.write("Round trip <test>", outlines, Instant.parse("2024-06-01T10:00:00Z"));

        assertThat(codec.read(opml.getBytes(StandardCharsets.UTF_8))).containsExactlyInAnyOrderElementsOf(outlines);
    }

    @Test
    void refusesAnOpmlFileWithAnExternalEntity() {
        assertRefused(() -> codec.read(Fixtures.bytes("xxe.opml")), FeedException.Reason.UNSAFE_XML,
                "the OPML file declares a DOCTYPE, which Newsdesk refuses for safety"
                        + " (a DOCTYPE can expand into gigabytes of text or read files from the server)");
    }

    @Test
    void theOpmlParserItselfRefusesADoctype() {
        assertRefused(() -> OpmlReader.parse(Fixtures.text("xxe.opml")), FeedException.Reason.UNSAFE_XML,
                "the OPML file declares a DOCTYPE, which Newsdesk refuses for safety");
    }

    @Test
    void saysWhatIsWrongWithFilesThatAreNotOpml() {
        assertRefused(() -> codec.read(new byte[0]), FeedException.Reason.EMPTY, "the OPML file is empty");
        assertRefused(() -> codec.read(Fixtures.bytes("rss20.xml")), FeedException.Reason.NOT_A_FEED,
                "not an OPML file: it is a feed; subscribe to its address instead");
        assertRefused(() -> codec.read(Fixtures.bytes("page.html")), FeedException.Reason.NOT_A_FEED,
                "not an OPML file: it is an HTML page");
        assertRefused(() -> codec.read(bytes("{\"feeds\": []}")), FeedException.Reason.NOT_A_FEED,
                "not an OPML file: it is JSON");
        assertRefused(() -> codec.read(bytes("<subscriptions/>")), FeedException.Reason.NOT_A_FEED,
                "not an OPML file: its root element is <subscriptions>, not <opml>");
    }

    @Test
    void reportsTheLineAndColumnOfMalformedOpml() {
        byte[] opml = bytes("<opml version=\"2.0\">\n<body>\n<outline text=\"x\" xmlUrl=\"https://x.example/\">\n</body></opml>");

        assertRefused(() -> codec.read(opml), FeedException.Reason.MALFORMED,
                "the OPML file is not well-formed XML (line 4, column 3): The element type \"outline\" must be"
                        + " terminated by the matching end-tag \"</outline>\".");
    }

    @Test
    void refusesAFileListingMoreFeedsThanTheMaximum() {
        byte[] opml = bytes("<opml><body><outline xmlUrl=\"https://1.example/\"/><outline xmlUrl=\"https://2.example/\"/>"
                + "<outline xmlUrl=\"https://3.example/\"/></body></opml>");

        assertRefused(() -> new OpmlCodec(2).read(opml), FeedException.Reason.TOO_MANY_ENTRIES,
                "the OPML file lists more than 2 feeds, more than Newsdesk imports at once");
        assertThat(new OpmlCodec(3).read(opml)).hasSize(3);
    }

    private static void assertRefused(ThrowingCallable call, FeedException.Reason reason, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(FeedException.class)
                .hasMessage(message)
                .extracting(e -> ((FeedException) e).reason()).isEqualTo(reason);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
