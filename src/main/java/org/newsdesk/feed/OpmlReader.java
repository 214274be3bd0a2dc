package org.newsdesk.feed;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Outline;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads the subscriptions of an OPML file (see {@link OpmlCodec#read}). Thread-safe: parsers are made per call. */
final class OpmlReader {

    /** Deeper folder nesting than this is refused: no reader makes it, and it guards the recursion. */
    private static final int MAX_DEPTH = 64;

    /** Silent on warnings (the JDK parser would print them to stderr), failing on errors. */
    private static final ErrorHandler FAIL_ON_ERRORS = new ErrorHandler() {
        @Override public void warning(SAXParseException e) { }
        @Override public void error(SAXParseException e) throws SAXException { throw e; }
        @Override public void fatalError(SAXParseException e) throws SAXException { throw e; }
    };

    private final BodyDecoder decoder = new BodyDecoder();
    private final int maxOutlines;

    OpmlReader(int maxOutlines) {
        this.maxOutlines = maxOutlines;
    }

    OpmlContents read(byte[] opml) {
        String text = decoder.decode(opml, null);
        Prolog prolog = Prolog.read(text);
        switch (prolog.kind()) {
            case EMPTY -> throw new FeedException(FeedException.Reason.EMPTY, "the OPML file is empty");
            case JSON -> throw notOpml("it is JSON");
            case OTHER -> throw notOpml("it is neither XML nor an OPML outline");
            case MARKUP -> checkMarkup(prolog);
        }
        Element root = parse(BodyDecoder.withoutXmlControlCharacters(text)).getDocumentElement();
        Element body = firstChild(root, "body");
        Found found = new Found();
        collect(body != null ? body : root, List.of(), found, 0);
        return found.contents();
    }

    private static void checkMarkup(Prolog prolog) {
        if (prolog.doctype() != null && !prolog.isHtml()) {
            throw new FeedException(FeedException.Reason.UNSAFE_XML,
                    "the OPML file declares a DOCTYPE, which Newsdesk refuses for safety"
                            + " (a DOCTYPE can expand into gigabytes of text or read files from the server)");
        }
        if (prolog.isHtml()) throw notOpml("it is an HTML page");
        if (prolog.isFeedRoot()) throw notOpml("it is a feed; subscribe to its address instead");
        if (!"opml".equalsIgnoreCase(prolog.rootLocalName())) {
            throw notOpml("its root element is <" + prolog.rootName() + ">, not <opml>");
        }
    }

    /** Entries left out that are named one by one; past these, a file is junk and one line counts the rest. */
    private static final int MAX_SKIPPED = 1_000;

    /** The feeds found so far, by address, and the entries left out. One per read: not thread-safe. */
    private static final class Found {
        final Map<URI, Outline> feeds = new LinkedHashMap<>();
        private final List<String> skipped = new ArrayList<>();
        private int more;

        void skip(String why) {
            if (skipped.size() < MAX_SKIPPED) skipped.add(why);
            else more++;
        }

        OpmlContents contents() {
            List<String> all = new ArrayList<>(skipped);
            if (more > 0) all.add("and " + more + " more entries left out");
            return new OpmlContents(List.copyOf(feeds.values()), all);
        }
    }

    private void collect(Element parent, List<String> folders, Found found, int depth) {
        if (depth > MAX_DEPTH) {
            throw new FeedException(FeedException.Reason.MALFORMED,
                    "the OPML file nests folders more than " + MAX_DEPTH + " deep");
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element outline) || !outline.getTagName().equalsIgnoreCase("outline")) continue;
            String xmlUrl = attribute(outline, "xmlUrl");
            if (xmlUrl == null) {
                String name = folderName(outline);
                if (!hasOutlines(outline)) {
                    // A folder holds outlines; one with neither a feed nor outlines is a dead entry.
                    found.skip((name == null ? "an outline" : name) + ": no feed address (xmlUrl)");
                    continue;
                }
                collect(outline, name == null ? folders : append(folders, name), found, depth + 1);
                continue;
            }
            take(outline, xmlUrl, folders, found);
            collect(outline, folders, found, depth + 1);
        }
    }

    private void take(Element outline, String xmlUrl, List<String> folders, Found found) {
        URI feedUrl = LinkResolver.absoluteHttp(withoutFeedScheme(xmlUrl));
        String name = folderName(outline);
        if (feedUrl == null) {
            found.skip((name == null ? xmlUrl : name) + ": not a web address: \"" + xmlUrl
                    + "\" (expected http:// or https://)");
            return;
        }
        Outline first = found.feeds.get(feedUrl);
        if (first != null) {
            found.skip((name == null ? feedUrl.toString() : name) + ": " + feedUrl + " is listed again"
                    + (first.category() == null ? "; kept once" : "; kept once, in " + first.category()));
            return;
        }
        if (found.feeds.size() == maxOutlines) {
            throw new FeedException(FeedException.Reason.TOO_MANY_ENTRIES,
                    "the OPML file lists more than " + maxOutlines + " feeds, more than Newsdesk imports at once");
        }
        found.feeds.put(feedUrl, subscription(outline, feedUrl, folders));
    }

    private static boolean hasOutlines(Element outline) {
        return firstChild(outline, "outline") != null;
    }

    private static Outline subscription(Element outline, URI feedUrl, List<String> folders) {
        String title = attribute(outline, "text");
        if (title == null) title = attribute(outline, "title");
        URI siteUrl = LinkResolver.absoluteHttp(attribute(outline, "htmlUrl"));
        return new Outline(
                title == null ? feedUrl.toString() : HtmlText.collapse(title),
                feedUrl.toString(),
                siteUrl == null ? null : siteUrl.toString(),
                folders.isEmpty() ? null : String.join(OpmlCodec.CATEGORY_SEPARATOR, folders));
    }

    private static @Nullable String folderName(Element outline) {
        String name = attribute(outline, "text");
        if (name == null) name = attribute(outline, "title");
        return name == null ? null : HtmlText.collapse(name);
    }

    /** "feed://host/path" and "feed:https://host/path" are feed links for browsers; read them as web addresses. */
    private static String withoutFeedScheme(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("feed:http://") || lower.startsWith("feed:https://")) return url.substring(5);
        if (lower.startsWith("feed://")) return "http://" + url.substring(7);
        return url;
    }

    /** An attribute by name ignoring case (old exports write "xmlurl"), stripped; null when missing or blank. */
    private static @Nullable String attribute(Element element, String name) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            if (attribute.getNodeName().equalsIgnoreCase(name)) return HtmlText.nonBlank(attribute.getNodeValue());
        }
        return null;
    }

    private static @Nullable Element firstChild(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equalsIgnoreCase(name)) return element;
        }
        return null;
    }

    private static List<String> append(List<String> folders, String name) {
        List<String> longer = new ArrayList<>(folders);
        longer.add(name);
        return longer;
    }

    static Document parse(String text) {
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(FAIL_ON_ERRORS);
            // The fixer turns HTML entities (&nbsp;, &eacute;) that exports copy from titles into characters.
            return builder.parse(new InputSource(new XmlFixerReader(new StringReader(text))));
        } catch (SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new FeedException(FeedException.Reason.UNSAFE_XML,
                        "the OPML file declares a DOCTYPE, which Newsdesk refuses for safety", e);
            }
            throw new FeedException(FeedException.Reason.MALFORMED, "the OPML file is not well-formed XML (line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + "): " + message, e);
        } catch (SAXException | IOException e) {
            throw new FeedException(FeedException.Reason.MALFORMED,
                    "the OPML file could not be read: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser could not be set up", e);
        }
    }

    /** The JDK's own parser with DOCTYPEs, external entities and XInclude all switched off. */
    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refused a safety setting", e);
        }
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }

    private static FeedException notOpml(String what) {
        return new FeedException(FeedException.Reason.NOT_A_FEED, "not an OPML file: " + what);
    }
}
