package org.newsdesk.api.greader;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdesk.domain.ItemRef;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.ReadingItem;
import org.newsdesk.domain.Subscription;
import org.newsdesk.domain.UnreadCount;
import org.newsdesk.readers.ReadingState;
import org.newsdesk.readers.Subscriptions;
import org.newsdesk.store.ItemQuery;

/**
 * The Google Reader handlers for streams and marks, one method per route. Streams page by article id: the
 * continuation is the last id given. Thread-safe.
 */
final class StreamHandlers {
    private static final int MAX_IDS = 10_000;
    private static final int MAX_CONTENTS = 1_000;
    private static final int DEFAULT_PAGE = 20;

    private final GoogleReaderAuth auth;
    private final GoogleReaderJson json;
    private final Subscriptions subscriptions;
    private final ReadingState reading;

    StreamHandlers(GoogleReaderAuth auth, GoogleReaderJson json, Subscriptions subscriptions, ReadingState reading) {
        this.auth = auth;
        this.json = json;
        this.subscriptions = subscriptions;
        this.reading = reading;
    }

    /** Unread counts per feed, per folder, and for the whole reading list. */
    void unreadCount(Context ctx) {
        Reader reader = auth.require(ctx).reader();
        Map<Long, Subscription> subs = bySource(reader);
        Map<String, long[]> folders = new HashMap<>();
        long total = 0;
        long newest = 0;
        ObjectNode body = json.object().put("max", MAX_IDS);
        ArrayNode counts = body.putArray("unreadcounts");
        for (UnreadCount count : reading.unreadCounts(reader)) {
            long usec = GoogleReaderJson.micros(count.newestFetchedAt());
            counts.add(count(StreamId.feed(count.sourceId()), count.unread(), usec));
            Subscription s = subs.get(count.sourceId());
            if (s != null && s.folder() != null) {
                long[] f = folders.computeIfAbsent(StreamId.label(s.folder().name()), k -> new long[2]);
                f[0] += count.unread();
                f[1] = Math.max(f[1], usec);
            }
            total += count.unread();
            newest = Math.max(newest, usec);
        }
        folders.forEach((id, f) -> counts.add(count(id, f[0], f[1])));
        counts.add(count(StreamId.READING_LIST, total, newest));
        ctx.contentType("application/json").result(json.write(body));
    }

    /** A page of item ids, decimal, with the continuation to the next page. */
    void itemIds(Context ctx) {
        Params params = Params.of(ctx);
        Reader reader = auth.require(ctx).reader();
        ItemQuery query = query(reader, params, MAX_IDS);
        List<ItemRef> refs = reading.refs(reader, query.withLimit(query.limit() + 1));
        ObjectNode body = json.object();
        ArrayNode list = body.putArray("itemRefs");
        for (ItemRef ref : refs.subList(0, Math.min(refs.size(), query.limit()))) {
            list.addObject().put("id", ItemIds.decimal(ref.articleId()))
                    .put("timestampUsec", Long.toString(GoogleReaderJson.micros(ref.fetchedAt())))
                    .putArray("directStreamIds").add(StreamId.feed(ref.sourceId()));
        }
        if (refs.size() > query.limit()) body.put("continuation", Long.toString(refs.get(query.limit() - 1).articleId()));
        ctx.contentType("application/json").result(json.write(body));
    }

    /** The items named by {@code i}, in any id form; ids the reader may not open are left out. */
    void itemContents(Context ctx) {
        Params params = Params.of(ctx);
        Reader reader = auth.require(ctx).reader();
        List<ReadingItem> items = reading.visible(reader, ids(params.all("i")));
        ObjectNode body = json.object().put("id", StreamId.READING_LIST).put("updated", Instant.now().getEpochSecond());
        writeItems(body, items, reader);
        ctx.contentType("application/json").result(json.write(body));
    }

    /** A page of a stream's items, the stream in the path or as {@code s}. */
    void contents(Context ctx) {
        Params params = Params.of(ctx);
        Reader reader = auth.require(ctx).reader();
        String stream = streamOf(ctx, params);
        ItemQuery query = query(reader, stream, params, MAX_CONTENTS);
        List<ReadingItem> items = reading.items(reader, query.withLimit(query.limit() + 1));
        ObjectNode body = json.object().put("id", stream).put("title", stream)
                .put("updated", Instant.now().getEpochSecond());
        writeItems(body, items.subList(0, Math.min(items.size(), query.limit())), reader);
        if (items.size() > query.limit()) body.put("continuation", Long.toString(items.get(query.limit() - 1).id()));
        ctx.contentType("application/json").result(json.write(body));
    }

    /** Adds ({@code a}) or removes ({@code r}) the read and starred states on items {@code i}. */
    void editTag(Context ctx) {
        Params params = Params.of(ctx);
        Reader reader = auth.requireForEdit(ctx, params).reader();
        List<Long> ids = reading.visibleIds(reader, ids(params.all("i")));
        if (!ids.isEmpty()) {
            for (String tag : params.all("a")) apply(reader, StreamId.parse(tag), true, ids);
            for (String tag : params.all("r")) apply(reader, StreamId.parse(tag), false, ids);
        }
        SubscriptionHandlers.ok(ctx);
    }

    /** Marks a stream read up to {@code ts} (microseconds; now when absent). */
    void markAllAsRead(Context ctx) {
        Params params = Params.of(ctx);
        Reader reader = auth.requireForEdit(ctx, params).reader();
        StreamSelection selection = StreamSelection.of(StreamId.parse(params.first("s", StreamId.READING_LIST)), reader,
                subscriptions);
        long ts = params.number("ts", -1);
        Instant cutoff = ts < 0 ? null : Instant.ofEpochSecond(ts / 1_000_000L, (ts % 1_000_000L) * 1_000L);
        if (selection.readFilter() == ItemQuery.ReadFilter.ANY) reading.markAllRead(reader, selection.scope(), cutoff);
        SubscriptionHandlers.ok(ctx);
    }

    private void apply(Reader reader, StreamId tag, boolean add, List<Long> ids) {
        switch (tag) {
            case StreamId.Read r -> {
                if (add) reading.markRead(reader, ids);
                else reading.markUnread(reader, ids);
            }
            case StreamId.Starred s -> {
                if (add) reading.star(reader, ids);
                else reading.unstar(reader, ids);
            }
            case StreamId.Other o when o.id().endsWith("/kept-unread") && add -> reading.markUnread(reader, ids);
            default -> { }
        }
    }

    private ItemQuery query(Reader reader, Params params, int max) {
        return query(reader, params.first("s", StreamId.READING_LIST), params, max);
    }

    private ItemQuery query(Reader reader, String stream, Params params, int max) {
        StreamSelection selection = StreamSelection.of(StreamId.parse(stream), reader, subscriptions)
                .filtered(params.all("xt"), params.all("it"));
        int limit = (int) Math.max(1, Math.min(max, params.number("n", DEFAULT_PAGE)));
        boolean oldestFirst = "o".equals(params.first("r"));
        long ot = params.number("ot", -1);
        long nt = params.number("nt", -1);
        long c = params.number("c", -1);
        Long continuation = c < 0 ? null : c;
        return selection.query(reader, limit).oldestFirst(oldestFirst)
                .fetchedBetween(ot < 0 ? null : Instant.ofEpochSecond(ot), nt < 0 ? null : Instant.ofEpochSecond(nt))
                .idsBetween(oldestFirst ? continuation : null, oldestFirst ? null : continuation);
    }

    private static String streamOf(Context ctx, Params params) {
        String path = ctx.pathParamMap().get("stream");
        if (path == null || path.isBlank()) return params.first("s", StreamId.READING_LIST);
        return path.contains("%") ? URLDecoder.decode(path, StandardCharsets.UTF_8) : path;
    }

    private void writeItems(ObjectNode body, List<ReadingItem> items, Reader reader) {
        Map<Long, Subscription> subs = bySource(reader);
        ArrayNode list = body.putArray("items");
        for (ReadingItem item : items) list.add(json.item(item, subs));
    }

    private Map<Long, Subscription> bySource(Reader reader) {
        Map<Long, Subscription> subs = new HashMap<>();
        for (Subscription s : subscriptions.list(reader)) subs.put(s.sourceId(), s);
        return subs;
    }

    private ObjectNode count(String id, long count, long newestUsec) {
        return json.object().put("id", id).put("count", count).put("newestItemTimestampUsec", Long.toString(newestUsec));
    }

    private static List<Long> ids(List<String> given) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : given) ItemIds.parse(id).ifPresent(ids::add);
        return new ArrayList<>(ids);
    }
}
