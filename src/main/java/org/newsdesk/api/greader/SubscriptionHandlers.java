package org.newsdesk.api.greader;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Folder;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Subscription;
import org.newsdesk.readers.ReaderException;
import org.newsdesk.readers.Subscriptions;

/** The Google Reader handlers for subscriptions and tags (folders), one method per route. Thread-safe. */
final class SubscriptionHandlers {
    private final GoogleReaderAuth auth;
    private final GoogleReaderJson json;
    private final Subscriptions subscriptions;

    SubscriptionHandlers(GoogleReaderAuth auth, GoogleReaderJson json, Subscriptions subscriptions) {
        this.auth = auth;
        this.json = json;
        this.subscriptions = subscriptions;
    }

    void list(Context ctx) {
        Reader reader = auth.require(ctx).reader();
        ObjectNode body = json.object();
        ArrayNode list = body.putArray("subscriptions");
        for (Subscription s : subscriptions.list(reader)) list.add(json.subscription(s));
        ctx.contentType("application/json").result(json.write(body));
    }

    /** {@code ac=subscribe|unsubscribe|edit}, {@code s} the feed(s), {@code t} a title, {@code a}/{@code r} a label. */
    void edit(Context ctx) {
        Params params = Params.of(ctx);
        Reader reader = auth.requireForEdit(ctx, params).reader();
        String action = params.first("ac", "edit");
        String addTo = label(params.first("a"));
        for (String stream : params.all("s")) {
            if (!(StreamId.parse(stream) instanceof StreamId.Feed feed)) continue;
            switch (action) {
                case "subscribe" -> {
                    Subscription s = subscribe(reader, feed, addTo);
                    String title = params.first("t");
                    if (title != null && !title.isBlank()) subscriptions.rename(reader, s.sourceId(), title);
                }
                case "unsubscribe" -> known(reader, feed).ifPresent(s -> subscriptions.unsubscribe(reader, s.sourceId()));
                default -> known(reader, feed).ifPresent(s -> edit(reader, s, params, addTo));
            }
        }
        ok(ctx);
    }

    /** Subscribes to a URL, answering whether a feed was found there. */
    void quickAdd(Context ctx) {
        Params params = Params.of(ctx);
        Reader reader = auth.requireForEdit(ctx, params).reader();
        String query = params.first("quickadd", "");
        String url = query.startsWith(StreamId.FEED_PREFIX) ? query.substring(StreamId.FEED_PREFIX.length()) : query;
        ObjectNode body = json.object().put("query", query);
        try {
            Subscription s = subscriptions.subscribe(reader, url, null);
            body.put("numResults", 1).put("streamId", StreamId.feed(s.sourceId())).put("streamName", s.title());
        } catch (ReaderException e) {
            body.put("numResults", 0).put("error", e.getMessage());
        }
        ctx.contentType("application/json").result(json.write(body));
    }

    void exportOpml(Context ctx) {
        Reader reader = auth.require(ctx).reader();
        ctx.contentType("text/xml; charset=utf-8").header("Content-Disposition", "attachment; filename=\"newsdesk.opml\"")
                .result(subscriptions.exportOpml(reader));
    }

    /** The OPML file is the request body. */
    void importOpml(Context ctx) {
        Reader reader = auth.require(ctx).reader();
        Subscriptions.ImportReport report = subscriptions.importOpml(reader, ctx.bodyAsBytes());
        ctx.contentType("text/plain; charset=utf-8").result("OK: " + report.subscribed() + " subscribed, "
                + report.alreadySubscribed() + " already subscribed, " + report.failures().size() + " failed, "
                + report.skipped().size() + " left out");
    }

    /** The starred state and the reader's folders. */
    void tagList(Context ctx) {
        Reader reader = auth.require(ctx).reader();
        ObjectNode body = json.object();
        ArrayNode tags = body.putArray("tags");
        tags.addObject().put("id", StreamId.STARRED);
        for (Folder folder : subscriptions.folders(reader)) {
            tags.addObject().put("id", StreamId.label(folder.name())).put("type", "folder");
        }
        ctx.contentType("application/json").result(json.write(body));
    }

    /** {@code s} (or {@code t}) the label, {@code dest} its new name. */
    void renameTag(Context ctx) {
        Params params = Params.of(ctx);
        Reader reader = auth.requireForEdit(ctx, params).reader();
        String from = labelParam(params);
        String to = label(params.first("dest"));
        if (from == null || to == null) throw new ReaderException(ReaderException.Reason.INVALID, "name the label and dest");
        subscriptions.renameFolder(reader, from, to);
        ok(ctx);
    }

    /** Removes a folder; its subscriptions stay, in no folder. */
    void disableTag(Context ctx) {
        Params params = Params.of(ctx);
        Reader reader = auth.requireForEdit(ctx, params).reader();
        String name = labelParam(params);
        if (name == null) throw new ReaderException(ReaderException.Reason.INVALID, "name the label");
        subscriptions.removeFolder(reader, name);
        ok(ctx);
    }

    private Subscription subscribe(Reader reader, StreamId.Feed feed, @Nullable String folder) {
        Optional<Long> id = feed.sourceId();
        return id.isPresent() ? subscriptions.subscribe(reader, id.get(), folder)
                : subscriptions.subscribe(reader, feed.value(), folder);
    }

    private void edit(Reader reader, Subscription s, Params params, @Nullable String addTo) {
        String title = params.first("t");
        if (title != null) subscriptions.rename(reader, s.sourceId(), title);
        if (addTo != null) {
            subscriptions.move(reader, s.sourceId(), addTo);
        } else {
            String removeFrom = label(params.first("r"));
            Folder folder = s.folder();
            if (removeFrom != null && folder != null && folder.name().equals(removeFrom)) {
                subscriptions.move(reader, s.sourceId(), null);
            }
        }
    }

    private Optional<Subscription> known(Reader reader, StreamId.Feed feed) {
        return StreamSelection.subscription(feed, reader, subscriptions);
    }

    private static @Nullable String labelParam(Params params) {
        String s = label(params.first("s"));
        return s != null ? s : blankToNull(params.first("t"));
    }

    /** The folder name a label stream names ({@code user/-/label/News}); a bare name is taken as it is. */
    private static @Nullable String label(@Nullable String stream) {
        if (stream == null || stream.isBlank()) return null;
        return StreamId.parse(stream) instanceof StreamId.Label label ? label.name()
                : stream.contains("/") ? null : stream.strip();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static void ok(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result("OK");
    }

    static List<String> nonBlank(List<String> values) {
        return values.stream().filter(v -> !v.isBlank()).toList();
    }
}
