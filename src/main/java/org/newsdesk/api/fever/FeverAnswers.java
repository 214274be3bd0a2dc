package org.newsdesk.api.fever;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleScope;
import org.newsdesk.domain.Folder;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.ReadingItem;
import org.newsdesk.domain.Subscription;
import org.newsdesk.readers.ReadingState;
import org.newsdesk.readers.Subscriptions;
import org.newsdesk.store.ItemQuery;

/**
 * The parts of a Fever answer: groups are the reader's folders, feeds their subscriptions, items the articles of
 * those, 50 at a time. Thread-safe.
 */
final class FeverAnswers {
    static final int PAGE = 50;
    /** Fever sends every unread id in one string; a reader past this many has bigger problems. */
    private static final int MAX_IDS = 50_000;
    /** Newsdesk keeps no favicons yet: every feed gets this blank one, which the apps require. */
    private static final String BLANK_ICON =
            "image/gif;base64,R0lGODlhAQABAIAAAObm5gAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==";

    private final Subscriptions subscriptions;
    private final ReadingState reading;
    FeverAnswers(Subscriptions subscriptions, ReadingState reading) {
        this.subscriptions = subscriptions;
        this.reading = reading;
    }

    /** When any of the reader's sources was last fetched, in Unix seconds. */
    long lastRefreshed(Reader reader) {
        long latest = 0;
        for (Subscription s : subscriptions.list(reader)) {
            Instant at = s.source().polling().lastSuccessAt();
            if (at != null) latest = Math.max(latest, at.getEpochSecond());
        }
        return latest;
    }

    void groups(Reader reader, ObjectNode body) {
        ArrayNode groups = body.putArray("groups");
        for (Folder folder : subscriptions.folders(reader)) groups.addObject().put("id", folder.id()).put("title", folder.name());
        feedsGroups(reader, body);
    }

    void feeds(Reader reader, ObjectNode body) {
        ArrayNode feeds = body.putArray("feeds");
        for (Subscription s : subscriptions.list(reader)) {
            Instant updated = s.source().polling().lastSuccessAt();
            String site = s.source().siteUrl();
            feeds.addObject()
                    .put("id", s.sourceId())
                    .put("favicon_id", s.sourceId())
                    .put("title", s.title())
                    .put("url", s.source().feedUrl())
                    .put("site_url", site != null ? site : s.source().feedUrl())
                    .put("is_spark", 0)
                    .put("last_updated_on_time", updated == null ? 0 : updated.getEpochSecond());
        }
        feedsGroups(reader, body);
    }

    void favicons(Reader reader, ObjectNode body) {
        ArrayNode icons = body.putArray("favicons");
        for (Subscription s : subscriptions.list(reader)) icons.addObject().put("id", s.sourceId()).put("data", BLANK_ICON);
    }

    /** {@code with_ids} (up to 50), else {@code max_id} (older, newest first), else {@code since_id} (newer). */
    void items(Reader reader, FeverParams params, ObjectNode body) {
        ItemQuery all = ItemQuery.of(reader.id(), new ArticleScope.Subscribed(), PAGE);
        List<ReadingItem> items;
        String withIds = params.get("with_ids");
        Long maxId = params.number("max_id");
        if (withIds != null) {
            items = reading.visible(reader, ids(withIds));
        } else if (maxId != null) {
            items = reading.items(reader, all.idsBetween(null, maxId > 0 ? maxId : null));
        } else {
            Long since = params.number("since_id");
            items = reading.items(reader, all.oldestFirst(true).idsBetween(since == null ? 0L : since, null));
        }
        body.put("total_items", reading.count(reader, all));
        ArrayNode list = body.putArray("items");
        for (ReadingItem item : items) item(item, list.addObject());
    }

    void unreadIds(Reader reader, ObjectNode body) {
        body.put("unread_item_ids", join(reading.unreadIds(reader, MAX_IDS)));
    }

    void savedIds(Reader reader, ObjectNode body) {
        body.put("saved_item_ids", join(reading.starredIds(reader, MAX_IDS)));
    }

    private static void item(ReadingItem item, ObjectNode node) {
        Article a = item.article();
        String byline = a.content().byline();
        node.put("id", a.id())
                .put("feed_id", a.sourceId())
                .put("title", a.title())
                .put("author", byline == null ? "" : byline)
                .put("html", a.content().bodyHtml())
                .put("url", a.url())
                .put("is_saved", item.starred() ? 1 : 0)
                .put("is_read", item.read() ? 1 : 0)
                .put("created_on_time", a.shownAt().getEpochSecond());
    }

    private void feedsGroups(Reader reader, ObjectNode body) {
        Map<Long, List<Long>> byFolder = new LinkedHashMap<>();
        for (Subscription s : subscriptions.list(reader)) {
            if (s.folder() != null) byFolder.computeIfAbsent(s.folder().id(), k -> new ArrayList<>()).add(s.sourceId());
        }
        ArrayNode groups = body.putArray("feeds_groups");
        byFolder.forEach((group, feeds) -> groups.addObject().put("group_id", group).put("feed_ids", join(feeds)));
    }

    private static List<Long> ids(String commaSeparated) {
        List<Long> ids = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (ids.size() == PAGE) break;
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                // Not an id: Fever ignores it too.
            }
        }
        return ids;
    }

    static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
