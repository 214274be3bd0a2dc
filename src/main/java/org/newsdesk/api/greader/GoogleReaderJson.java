package org.newsdesk.api.greader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.Folder;
import org.newsdesk.domain.ReadingItem;
import org.newsdesk.domain.Subscription;

/** The JSON shapes of the Google Reader API: items, subscriptions. Thread-safe. */
final class GoogleReaderJson {
    private final ObjectMapper json;

    GoogleReaderJson(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    String write(ObjectNode node) {
        return node.toString();
    }

    ObjectNode subscription(Subscription s) {
        ObjectNode node = object();
        node.put("id", StreamId.feed(s.sourceId()));
        node.put("title", s.title());
        ArrayNode categories = node.putArray("categories");
        Folder folder = s.folder();
        if (folder != null) {
            categories.addObject().put("id", StreamId.label(folder.name())).put("label", folder.name());
        }
        node.put("url", s.source().feedUrl());
        String site = s.source().siteUrl();
        node.put("htmlUrl", site != null ? site : s.source().feedUrl());
        node.put("iconUrl", "");
        node.put("firstitemmsec", Long.toString(s.subscribedAt().toEpochMilli()));
        return node;
    }

    /**
     * One item, as apps expect it: the long id, crawl and publication times, links, the reader's marks and folder
     * as categories, the source as origin, and the article's sanitized body as summary content.
     */
    ObjectNode item(ReadingItem item, Map<Long, Subscription> subscriptions) {
        Article article = item.article();
        ObjectNode node = object();
        node.put("id", ItemIds.longForm(article.id()));
        node.put("crawlTimeMsec", Long.toString(article.fetchedAt().toEpochMilli()));
        node.put("timestampUsec", Long.toString(micros(article.fetchedAt())));
        node.put("published", article.shownAt().getEpochSecond());
        Instant updated = article.content().updated();
        node.put("updated", (updated != null ? updated : article.shownAt()).getEpochSecond());
        node.put("title", article.title());
        node.putArray("canonical").addObject().put("href", article.url());
        node.putArray("alternate").addObject().put("href", article.url()).put("type", "text/html");
        ArrayNode categories = node.putArray("categories");
        categories.add(StreamId.READING_LIST);
        Subscription subscription = subscriptions.get(article.sourceId());
        Folder folder = subscription == null ? null : subscription.folder();
        if (folder != null) categories.add(StreamId.label(folder.name()));
        if (item.read()) categories.add(StreamId.READ);
        if (item.starred()) categories.add(StreamId.STARRED);
        ObjectNode origin = node.putObject("origin");
        origin.put("streamId", StreamId.feed(article.sourceId()));
        origin.put("title", subscription != null ? subscription.title() : nonNull(article.content().siteName()));
        origin.put("htmlUrl", subscription != null && subscription.source().siteUrl() != null
                ? subscription.source().siteUrl() : article.url());
        node.putObject("summary").put("direction", "ltr").put("content", article.content().bodyHtml());
        String byline = article.content().byline();
        if (byline != null) node.put("author", byline);
        return node;
    }

    static long micros(Instant time) {
        return time.getEpochSecond() * 1_000_000L + time.getNano() / 1_000L;
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}
