package org.newsdesk.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.input.JDOMParseException;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Feed;
import org.newsdesk.domain.FeedEntry;
import org.newsdesk.domain.FeedFormat;
import org.xml.sax.SAXParseException;

/**
 * Parses the XML feed families (RSS 0.9x, 1.0, 2.0; Atom 0.3, 1.0) with Rome. Expects text whose prolog was
 * already checked (no DOCTYPE left). Thread-safe: Rome's input objects are made per call.
 */
final class RomeFeedParser {

    private final int maxEntries;

    RomeFeedParser(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    Feed parse(String xml, URI feedUrl) {
        SyndFeed syndFeed = build(xml, feedUrl);
        FeedFormat format = syndFeed.getFeedType().startsWith("atom") ? FeedFormat.ATOM : FeedFormat.RSS;
        URI base = feedBase(syndFeed, feedUrl);
        boolean rdf = syndFeed.getFeedType().equals("rss_1.0") || syndFeed.getFeedType().equals("rss_0.9");
        RomeEntryMapper mapper = new RomeEntryMapper(base, format == FeedFormat.ATOM ? authors(syndFeed) : null, rdf);
        List<FeedEntry> entries = new ArrayList<>(Math.min(syndFeed.getEntries().size(), maxEntries));
        for (SyndEntry entry : syndFeed.getEntries()) {
            if (entries.size() == maxEntries) break;
            FeedEntry mapped = mapper.map(entry);
            if (mapped != null) entries.add(mapped);
        }
        URI siteUrl = LinkResolver.resolveHttp(base, siteLink(syndFeed));
        return new Feed(format, title(syndFeed, feedUrl), siteUrl == null ? null : siteUrl.toString(),
                HtmlText.nonBlank(HtmlText.text(syndFeed.getDescription())), entries);
    }

    private static SyndFeed build(String xml, URI feedUrl) {
        SyndFeedInput input = new SyndFeedInput(false, Locale.US);
        input.setPreserveWireFeed(true);
        // Already refused before parsing; kept here too so that no path can reach a parser that expands entities.
        input.setAllowDoctypes(false);
        // The healer turns HTML entities such as &nbsp; (undefined in XML, common in feeds) into characters.
        input.setXmlHealerOn(true);
        try {
            return input.build(new StringReader(xml));
        } catch (ParsingFeedException e) {
            throw parsingFailure(e, feedUrl);
        } catch (com.rometools.rome.io.FeedException | IllegalArgumentException e) {
            throw new FeedException(FeedException.Reason.NOT_A_FEED,
                    "not a feed: the document at " + feedUrl + " is XML that no RSS or Atom reader understands", e);
        } catch (RuntimeException e) {
            throw new FeedException(FeedException.Reason.MALFORMED,
                    "the feed at " + feedUrl + " could not be read: " + e.getMessage(), e);
        }
    }

    private static FeedException parsingFailure(ParsingFeedException e, URI feedUrl) {
        String detail = saxMessage(e);
        if (detail.contains("DOCTYPE")) {
            return new FeedException(FeedException.Reason.UNSAFE_XML, FeedParser.doctypeRefusal(feedUrl), e);
        }
        String where = e.getLineNumber() > 0
                ? " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")"
                : "";
        return new FeedException(FeedException.Reason.MALFORMED,
                "the feed at " + feedUrl + " is not well-formed XML" + where + ": " + detail, e);
    }

    /** The XML parser's own words, without Rome's and JDOM's prefixes. */
    private static String saxMessage(ParsingFeedException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JDOMParseException jdom && jdom.getCause() instanceof SAXParseException sax) {
            return String.valueOf(sax.getMessage());
        }
        return String.valueOf(e.getMessage());
    }

    private static @Nullable String siteLink(SyndFeed syndFeed) {
        if (syndFeed.originalWireFeed() instanceof com.rometools.rome.feed.atom.Feed atom) {
            return RomeEntryMapper.alternate(atom.getAlternateLinks());
        }
        return syndFeed.getLink();
    }

    private static URI feedBase(SyndFeed syndFeed, URI feedUrl) {
        if (syndFeed.originalWireFeed() instanceof com.rometools.rome.feed.atom.Feed atom) {
            URI base = LinkResolver.resolve(feedUrl, atom.getXmlBase());
            if (base != null) return base;
        }
        return feedUrl;
    }

    private static String title(SyndFeed syndFeed, URI feedUrl) {
        SyndContent titleEx = syndFeed.getTitleEx();
        String title = titleEx != null && "text".equals(titleEx.getType())
                ? HtmlText.collapse(titleEx.getValue() == null ? "" : titleEx.getValue())
                : HtmlText.text(syndFeed.getTitle());
        if (!title.isEmpty()) return title;
        return FeedParser.untitled(feedUrl);
    }

    private static @Nullable String authors(SyndFeed syndFeed) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : syndFeed.getAuthors()) {
            String name = HtmlText.nonBlank(person.getName());
            if (name != null) names.add(HtmlText.text(name));
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }
}
