package org.newsdesk.api.feeds;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Writes RSS 2.0 and Atom 1.0 with Rome. Thread-safe (a new Rome feed per call). */
final class SyndicationWriter {

    String write(OutgoingFeed feed, OutFormat format) {
        SyndFeed syndFeed = new SyndFeedImpl();
        syndFeed.setFeedType(format == OutFormat.ATOM ? "atom_1.0" : "rss_2.0");
        syndFeed.setTitle(feed.title());
        syndFeed.setDescription(feed.description());
        syndFeed.setLink(feed.siteUrl());
        syndFeed.setUri(feed.selfUrl());
        syndFeed.setLinks(List.of(link("alternate", feed.siteUrl(), "text/html"),
                link("self", feed.selfUrl(), format.contentType().split(";")[0])));
        syndFeed.setAuthors(List.of(person("Newsdesk")));
        syndFeed.setPublishedDate(Date.from(feed.updated()));
        syndFeed.setGenerator("Newsdesk");
        List<SyndEntry> entries = new ArrayList<>();
        for (OutgoingItem item : feed.items()) entries.add(entry(item));
        syndFeed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(syndFeed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the feed " + feed.selfUrl(), e);
        }
    }

    private static SyndEntry entry(OutgoingItem item) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(item.id());
        entry.setTitle(item.title());
        entry.setLink(item.url());
        entry.setPublishedDate(Date.from(item.published()));
        entry.setUpdatedDate(Date.from(item.updated()));
        entry.setAuthors(item.bylines().stream().map(SyndicationWriter::person).toList());
        entry.setDescription(content("text/plain", item.summary()));
        entry.setContents(List.of(content("html", item.contentHtml())));
        List<SyndCategory> categories = new ArrayList<>();
        for (String name : item.categories()) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(name);
            categories.add(category);
        }
        entry.setCategories(categories);
        return entry;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        return person;
    }
}
