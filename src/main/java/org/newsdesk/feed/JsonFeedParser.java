package org.newsdesk.feed;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Feed;
import org.newsdesk.domain.FeedEntry;
import org.newsdesk.domain.FeedFormat;

/**
 * Parses JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Read as a tree rather than bound to classes, so
 * that feeds which bend the spec (numeric ids, a 1.0 "author" in a 1.1 feed) are still read.
 * Thread-safe: the mapper is configured once and only read from.
 */
final class JsonFeedParser {

    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";

    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final int maxEntries;

    JsonFeedParser(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    Feed parse(String json, URI feedUrl) {
        JsonNode root = readTree(json, feedUrl);
        if (!isJsonFeed(root)) {
            throw new FeedException(FeedException.Reason.NOT_A_FEED,
                    "not a feed: the document at " + feedUrl + " is JSON, but not a JSON Feed");
        }
        String feedAuthor = authors(root);
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            if (entries.size() == maxEntries) break;
            FeedEntry entry = item.isObject() ? entry(item, feedUrl, feedAuthor) : null;
            if (entry != null) entries.add(entry);
        }
        String title = HtmlText.text(string(root, "title"));
        URI siteUrl = LinkResolver.resolveHttp(feedUrl, string(root, "home_page_url"));
        return new Feed(FeedFormat.JSON_FEED,
                title.isEmpty() ? FeedParser.untitled(feedUrl) : title,
                siteUrl == null ? null : siteUrl.toString(),
                HtmlText.nonBlank(HtmlText.text(string(root, "description"))),
                entries);
    }

    private JsonNode readTree(String json, URI feedUrl) {
        try {
            return mapper.readTree(json);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at != null && at.getLineNr() > 0
                    ? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"
                    : "";
            throw new FeedException(FeedException.Reason.MALFORMED,
                    "the feed at " + feedUrl + " is not well-formed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    private static boolean isJsonFeed(JsonNode root) {
        if (!root.isObject()) return false;
        String version = root.path("version").asText("");
        return version.startsWith(VERSION_PREFIX) || (root.path("items").isArray() && root.has("title"));
    }

    private static @Nullable FeedEntry entry(JsonNode item, URI feedUrl, @Nullable String feedAuthor) {
        String guid = HtmlText.nonBlank(item.path("id").isValueNode() ? item.path("id").asText() : null);
        URI url = LinkResolver.resolveHttp(feedUrl, string(item, "url"));
        if (url == null) url = LinkResolver.resolveHttp(feedUrl, string(item, "external_url"));
        if (url == null) url = LinkResolver.absoluteHttp(guid);
        if (url == null) return null;
        String contentHtml = HtmlText.nonBlank(string(item, "content_html"));
        String contentText = HtmlText.nonBlank(string(item, "content_text"));
        if (contentHtml == null && contentText != null) contentHtml = HtmlText.paragraphs(contentText);
        String summary = HtmlText.nonBlank(string(item, "summary"));
        String author = authors(item);
        return new FeedEntry(
                guid,
                url.toString(),
                title(item, summary, contentHtml, url),
                author != null ? author : feedAuthor,
                instant(string(item, "date_published")),
                instant(string(item, "date_modified")),
                contentHtml,
                summary == null ? null : HtmlText.paragraphs(summary),
                HtmlText.categories(strings(item.path("tags"))),
                image(item, feedUrl));
    }

    private static String title(JsonNode item, @Nullable String summary, @Nullable String contentHtml, URI url) {
        String title = HtmlText.text(string(item, "title"));
        if (!title.isEmpty()) return title;
        if (summary != null) return HtmlText.firstWords(summary);
        String content = HtmlText.text(contentHtml);
        return content.isEmpty() ? url.toString() : HtmlText.firstWords(content);
    }

    /** Names from 1.1's "authors" array, else 1.0's single "author". */
    private static @Nullable String authors(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (JsonNode author : node.path("authors")) {
            String name = HtmlText.nonBlank(string(author, "name"));
            if (name != null) names.add(name);
        }
        if (names.isEmpty()) {
            String name = HtmlText.nonBlank(string(node.path("author"), "name"));
            if (name != null) names.add(name);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static @Nullable String image(JsonNode item, URI feedUrl) {
        URI image = LinkResolver.resolveHttp(feedUrl, string(item, "image"));
        if (image == null) image = LinkResolver.resolveHttp(feedUrl, string(item, "banner_image"));
        return image == null ? null : image.toString();
    }

    /** An RFC 3339 date; a date without an offset is read as UTC; anything unreadable is dropped. */
    private static @Nullable Instant instant(@Nullable String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static @Nullable String string(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (value.isTextual()) values.add(value.asText());
        }
        return values;
    }
}
