package org.newsdesk.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.FeedEntry;

/**
 * Maps one Rome entry (RSS item or Atom entry, with its original wire form) to a {@link FeedEntry}.
 * Thread-safe (stateless apart from the feed-level facts it is built with).
 *
 * @param feedBase      the base for relative links: the feed URL, refined by the Atom feed's xml:base
 * @param feedAuthor    the Atom feed's author, which applies to entries that name none (RFC 4287 §4.2.1)
 * @param rdf           whether the feed is RSS 0.90 or 1.0, whose items are named by their rdf:about address
 */
record RomeEntryMapper(URI feedBase, @Nullable String feedAuthor, boolean rdf) {

    private static final Pattern RSS_AUTHOR = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    /** The entry, or null when it has no address a reader could open. */
    @Nullable FeedEntry map(SyndEntry entry) {
        Object wire = entry.getWireEntry();
        URI base = wire instanceof Entry atom ? baseOf(atom) : feedBase;
        String guid = guid(entry, wire, rdf);
        URI url = LinkResolver.resolveHttp(base, link(entry, wire));
        if (url == null && permalink(wire)) url = LinkResolver.absoluteHttp(guid);
        if (url == null) return null;
        // RSS gives no reliable content type (Rome calls some descriptions text/plain): all RSS text is HTML.
        boolean typed = wire instanceof Entry;
        String contentHtml = html(firstContent(entry.getContents()), typed);
        String summaryHtml = html(entry.getDescription(), typed);
        return new FeedEntry(
                guid,
                url.toString(),
                title(entry.getTitleEx(), entry.getTitle(), summaryHtml, contentHtml, url),
                author(entry),
                published(entry, wire),
                updated(entry, wire),
                contentHtml,
                summaryHtml,
                HtmlText.categories(categories(entry, wire)),
                EntryImage.find(entry, base));
    }

    private URI baseOf(Entry atom) {
        URI base = LinkResolver.resolve(feedBase, atom.getXmlBase());
        return base != null ? base : feedBase;
    }

    private static @Nullable String guid(SyndEntry entry, @Nullable Object wire, boolean rdf) {
        return switch (wire) {
            case Item item when item.getGuid() != null -> HtmlText.nonBlank(item.getGuid().getValue());
            // RSS 1.0 names each item by its rdf:about address instead of a guid; other RSS items without a guid
            // have none (Rome fills the item's uri with its link, which is not the feed's word).
            case Item item -> rdf ? HtmlText.nonBlank(item.getUri()) : null;
            case Entry atom -> HtmlText.nonBlank(atom.getId());
            case null, default -> HtmlText.nonBlank(entry.getUri());
        };
    }

    private static @Nullable String link(SyndEntry entry, @Nullable Object wire) {
        return switch (wire) {
            case Item item -> item.getLink();
            case Entry atom -> atomLink(atom, entry);
            case null, default -> entry.getLink();
        };
    }

    private static @Nullable String atomLink(Entry atom, SyndEntry entry) {
        String alternate = alternate(atom.getAlternateLinks());
        return alternate != null ? alternate : entry.getLink();
    }

    /** The Atom alternate link to a web page: the first of type HTML (or untyped), else the first at all. */
    static @Nullable String alternate(List<Link> alternates) {
        for (Link link : alternates) {
            String type = link.getType();
            if (type == null || type.toLowerCase(Locale.ROOT).contains("html")) return link.getHref();
        }
        return alternates.isEmpty() ? null : alternates.getFirst().getHref();
    }

    /** Atom 0.3 says issued (or created) where Atom 1.0 says published; Rome's own mapping mixes them up. */
    private static @Nullable Instant published(SyndEntry entry, @Nullable Object wire) {
        if (!(wire instanceof Entry atom)) return instant(entry.getPublishedDate());
        Date date = atom.getPublished() != null ? atom.getPublished()
                : atom.getIssued() != null ? atom.getIssued() : atom.getCreated();
        return instant(date);
    }

    private static @Nullable Instant updated(SyndEntry entry, @Nullable Object wire) {
        if (!(wire instanceof Entry atom)) return instant(entry.getUpdatedDate());
        return instant(atom.getUpdated() != null ? atom.getUpdated() : atom.getModified());
    }

    /** Whether the guid may stand in for a missing link: RSS says so with isPermaLink; an Atom id that is a URL. */
    private static boolean permalink(@Nullable Object wire) {
        if (wire instanceof Item item) {
            Guid guid = item.getGuid();
            return guid == null || guid.isPermaLink();
        }
        return true;
    }

    private static String title(@Nullable SyndContent titleEx, @Nullable String title, @Nullable String summaryHtml,
                                @Nullable String contentHtml, URI url) {
        String text = titleEx != null && "text".equals(titleEx.getType())
                ? HtmlText.collapse(titleEx.getValue() == null ? "" : titleEx.getValue())
                : HtmlText.text(title);
        if (!text.isEmpty()) return text;
        String summary = HtmlText.text(summaryHtml);
        if (!summary.isEmpty()) return HtmlText.firstWords(summary);
        String content = HtmlText.text(contentHtml);
        return content.isEmpty() ? url.toString() : HtmlText.firstWords(content);
    }

    private @Nullable String author(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            String name = HtmlText.nonBlank(person.getName());
            if (name != null) names.add(HtmlText.text(name));
        }
        if (!names.isEmpty()) return String.join(", ", names);
        String author = HtmlText.nonBlank(entry.getAuthor());
        if (author == null) return feedAuthor;
        // RSS 2.0 asks for "email (Name)": keep the name.
        Matcher rss = RSS_AUTHOR.matcher(author);
        return HtmlText.text(rss.matches() ? rss.group(1) : author);
    }

    private static List<String> categories(SyndEntry entry, @Nullable Object wire) {
        List<String> names = new ArrayList<>();
        if (wire instanceof Entry atom) {
            // Atom's label is the readable name; the term is often a slug.
            for (com.rometools.rome.feed.atom.Category category : atom.getCategories()) {
                String label = HtmlText.nonBlank(category.getLabel());
                String term = label != null ? label : category.getTerm();
                if (term != null) names.add(term);
            }
            return names;
        }
        for (SyndCategory category : entry.getCategories()) {
            if (category.getName() != null) names.add(category.getName());
        }
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            for (DCSubject subject : dc.getSubjects()) {
                if (subject.getValue() != null) names.add(subject.getValue());
            }
        }
        return names;
    }

    private static @Nullable SyndContent firstContent(List<SyndContent> contents) {
        for (SyndContent content : contents) {
            if (HtmlText.nonBlank(content.getValue()) != null) return content;
        }
        return null;
    }

    /** The content as HTML: text types are escaped into paragraphs; HTML and XHTML are kept as given. */
    private static @Nullable String html(@Nullable SyndContent content, boolean typed) {
        if (content == null) return null;
        String value = HtmlText.nonBlank(content.getValue());
        if (value == null) return null;
        String type = !typed || content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text", "text/plain" -> HtmlText.paragraphs(value);
            case "xhtml", "application/xhtml+xml" -> HtmlText.unwrapXhtml(value);
            default -> value;
        };
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
