package org.newsdesk.api.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.Source;
import org.newsdesk.store.SourceStore;

/** Turns a page of articles into the feed format the URL asks for, with absolute links. Thread-safe. */
final class FeedResponder {
    private final SourceStore sources;
    private final SyndicationWriter syndication = new SyndicationWriter();
    private final JsonFeedWriter jsonFeed;
    private final Clock clock;

    FeedResponder(SourceStore sources, ObjectMapper json, Clock clock) {
        this.sources = sources;
        this.jsonFeed = new JsonFeedWriter(json);
        this.clock = clock;
    }

    /**
     * @param sitePath the Newsdesk page the feed stands for, from the root
     */
    void answer(Context ctx, String title, String description, String sitePath, List<Article> articles) {
        OutFormat format = OutFormat.of(ctx.pathParam("format"))
                .orElseThrow(() -> new NotFoundResponse("Feeds come as rss, atom or json"));
        String base = base(ctx);
        Map<Long, String> sourceTitles = new HashMap<>();
        for (Source s : sources.list()) sourceTitles.put(s.id(), s.title());
        List<OutgoingItem> items = articles.stream()
                .map(a -> OutgoingItem.of(a, sourceTitles.get(a.sourceId()))).toList();
        Instant updated = items.stream().map(OutgoingItem::updated).max(Instant::compareTo).orElse(clock.instant());
        OutgoingFeed feed = new OutgoingFeed(title, description, base + ctx.path(), base + sitePath, updated, items);
        String body = format == OutFormat.JSON ? jsonFeed.write(feed) : syndication.write(feed, format);
        ctx.contentType(format.contentType()).result(body);
    }

    /** The scheme, host and port the request came to, so that links work wherever Newsdesk is reached. */
    private static String base(Context ctx) {
        String proto = ctx.header("X-Forwarded-Proto");
        String scheme = proto != null && (proto.equals("https") || proto.equals("http")) ? proto : ctx.scheme();
        return scheme + "://" + ctx.host();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A value as one path segment: spaces as %20, not +. */
    static String path(String value) {
        return encode(value).replace("+", "%20");
    }
}
