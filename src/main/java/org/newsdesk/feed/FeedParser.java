package org.newsdesk.feed;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Feed;

/**
 * Reads a feed document (RSS 0.90 to 2.0, Atom 0.3 and 1.0, JSON Feed 1.0 and 1.1) into a {@link Feed}.
 *
 * <p>This class only dispatches: it decodes the bytes leniently, looks at the start of the document, refuses what
 * is unsafe or not a feed with a message a person can read, and hands the rest to the parser for its family.
 * Feeds longer than the configured maximum are cut to their first entries in document order (usually the newest),
 * not refused. Thread-safe.
 */
public final class FeedParser {

    /** How many entries a feed may give before the rest are left out. */
    public static final int DEFAULT_MAX_ENTRIES = 5_000;

    /** The one DOCTYPE kept: old RSS 0.91 feeds name Netscape's DTD, which is never loaded and is harmless. */
    private static final String NETSCAPE_RSS_091 = "-//Netscape Communications//DTD RSS 0.91//EN";

    private static final int JUNK_LIMIT = 2_048;
    private static final List<String> FEED_STARTS = List.of("<?xml", "<rss", "<feed", "<rdf:RDF");

    private final BodyDecoder decoder = new BodyDecoder();
    private final RomeFeedParser xml;
    private final JsonFeedParser json;

    public FeedParser() {
        this(DEFAULT_MAX_ENTRIES);
    }

    /** @param maxEntries entries kept per feed, the first ones in document order; at least 1 */
    public FeedParser(int maxEntries) {
        if (maxEntries < 1) throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        this.xml = new RomeFeedParser(maxEntries);
        this.json = new JsonFeedParser(maxEntries);
    }

    /**
     * @param body        the document's bytes, as fetched
     * @param contentType the Content-Type header, used for its charset and to describe non-feeds
     * @param feedUrl     the address the document came from: the base for relative links, and named in messages
     * @throws FeedException when the document is empty, HTML, not a feed, malformed or declares a DOCTYPE
     */
    public Feed parse(byte[] body, @Nullable String contentType, URI feedUrl) throws FeedException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(feedUrl, "feedUrl");
        String text = decoder.decode(body, contentType);
        Prolog prolog = Prolog.read(text);
        return switch (prolog.kind()) {
            case EMPTY -> throw new FeedException(FeedException.Reason.EMPTY,
                    "the feed at " + feedUrl + " is empty");
            case JSON -> json.parse(text, feedUrl);
            case MARKUP -> parseMarkup(text, prolog, contentType, feedUrl);
            case OTHER -> parseAfterJunk(text, body, contentType, feedUrl);
        };
    }

    /**
     * Some servers print a warning or stray text before the feed (a PHP notice, a blank line from a plugin):
     * when a feed's start shows up soon after, the junk is dropped.
     */
    private Feed parseAfterJunk(String text, byte[] body, @Nullable String contentType, URI feedUrl) {
        String head = text.substring(0, Math.min(text.length(), JUNK_LIMIT));
        for (String start : FEED_STARTS) {
            int at = head.indexOf(start);
            if (at > 0) {
                String rest = text.substring(at);
                Prolog prolog = Prolog.read(rest);
                if (prolog.isFeedRoot()) return parseMarkup(rest, prolog, contentType, feedUrl);
            }
        }
        if (isHtmlType(contentType)) throw htmlPage(feedUrl);
        throw notAFeed(feedUrl, describeOther(body, contentType));
    }

    private Feed parseMarkup(String text, Prolog prolog, @Nullable String contentType, URI feedUrl) {
        if (prolog.isHtml() || (!prolog.isFeedRoot() && isHtmlType(contentType))) {
            throw htmlPage(feedUrl);
        }
        String cleaned = text;
        Prolog.Doctype doctype = prolog.doctype();
        if (doctype != null) {
            if (doctype.internalSubset() || !NETSCAPE_RSS_091.equals(doctype.publicId())) {
                throw new FeedException(FeedException.Reason.UNSAFE_XML, doctypeRefusal(feedUrl));
            }
            cleaned = blankOut(text, doctype.start(), doctype.end());
        }
        if (!prolog.isFeedRoot()) throw notAFeed(feedUrl, describeRoot(prolog));
        return xml.parse(BodyDecoder.withoutXmlControlCharacters(cleaned), feedUrl);
    }

    static String doctypeRefusal(URI feedUrl) {
        return "the feed at " + feedUrl + " declares a DOCTYPE, which Newsdesk refuses for safety"
                + " (a DOCTYPE can expand into gigabytes of text or read files from the server)";
    }

    /** What to call a feed that gives no title: its host, which is how people name sites. */
    static String untitled(URI feedUrl) {
        return feedUrl.getHost() != null ? feedUrl.getHost() : feedUrl.toString();
    }

    private static FeedException htmlPage(URI feedUrl) {
        return new FeedException(FeedException.Reason.HTML_PAGE, "not a feed: the page at " + feedUrl + " is HTML");
    }

    private static FeedException notAFeed(URI feedUrl, String what) {
        return new FeedException(FeedException.Reason.NOT_A_FEED,
                "not a feed: the document at " + feedUrl + " is " + what);
    }

    private static String describeRoot(Prolog prolog) {
        String root = prolog.rootName();
        if ("opml".equalsIgnoreCase(root)) return "an OPML subscription list";
        if (root == null) return "XML without a root element";
        return "an XML document whose root element is <" + root + ">, not RSS or Atom";
    }

    private static String describeOther(byte[] body, @Nullable String contentType) {
        String kind = looksBinary(body) ? "binary data" : "plain text, neither XML nor JSON";
        return contentType == null ? kind : kind + " (" + contentType.strip() + ")";
    }

    private static boolean looksBinary(byte[] body) {
        int sample = Math.min(body.length, 512);
        for (int i = 0; i < sample; i++) {
            if (body[i] == 0) return true;
        }
        return false;
    }

    static boolean isHtmlType(@Nullable String contentType) {
        if (contentType == null) return false;
        String type = contentType.toLowerCase(Locale.ROOT).strip();
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }

    /** Replaces a span with spaces, keeping line breaks so that later error positions stay true. */
    private static String blankOut(String text, int start, int end) {
        StringBuilder out = new StringBuilder(text);
        for (int i = start; i < end; i++) {
            if (out.charAt(i) != '\n' && out.charAt(i) != '\r') out.setCharAt(i, ' ');
        }
        return out.toString();
    }
}
