package org.newsdesk.api.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with Jackson. Thread-safe. */
final class JsonFeedWriter {
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private final ObjectMapper json;

    JsonFeedWriter(ObjectMapper json) {
        this.json = json;
    }

    String write(OutgoingFeed feed) {
        ObjectNode root = json.createObjectNode();
        root.put("version", VERSION);
        root.put("title", feed.title());
        root.put("home_page_url", feed.siteUrl());
        root.put("feed_url", feed.selfUrl());
        root.put("description", feed.description());
        root.putArray("authors").addObject().put("name", "Newsdesk");
        ArrayNode items = root.putArray("items");
        for (OutgoingItem item : feed.items()) {
            ObjectNode node = items.addObject();
            node.put("id", item.id());
            node.put("url", item.url());
            node.put("title", item.title());
            node.put("summary", item.summary());
            node.put("content_html", item.contentHtml());
            node.put("date_published", item.published().toString());
            node.put("date_modified", item.updated().toString());
            if (!item.bylines().isEmpty()) {
                ArrayNode authors = node.putArray("authors");
                item.bylines().forEach(a -> authors.addObject().put("name", a));
            }
            if (!item.categories().isEmpty()) {
                ArrayNode tags = node.putArray("tags");
                item.categories().forEach(tags::add);
            }
        }
        return root.toString();
    }
}
