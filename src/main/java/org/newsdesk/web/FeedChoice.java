package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.Subscription;
import org.newsdesk.readers.Subscriptions;
import org.newsdesk.store.ReaderSources;
import org.newsdesk.store.SourceStore;

/**
 * Which sources a signed-in reader's pages show. The front, category and tag pages show "My feeds" (their
 * subscriptions) or "All news", as they chose last on any of them: {@code ?view=mine|all} switches and a cookie
 * remembers. Sources they hide never show on their front, category, tag or search pages, nor among an article's
 * related articles. Signed-out visitors see everything, as before. Thread-safe.
 */
final class FeedChoice {

    static final String COOKIE = "nd_view";
    private static final int YEAR_SECONDS = 365 * 24 * 3600;

    /**
     * What one request shows.
     *
     * @param lens       the condition for the store's listings; null for every source
     * @param mine       the reader's own feeds rather than all news
     * @param subscribed the reader's subscribed source ids
     * @param hidden     the source ids the reader hides
     * @param path       the page the switch switches
     */
    record View(@Nullable Reader reader, @Nullable ReaderSources lens, boolean mine, Set<Long> subscribed,
                Set<Long> hidden, String path) {

        static final View EVERYTHING = new View(null, null, false, Set.of(), Set.of(), "/");

        boolean shows(long sourceId) {
            return !hidden.contains(sourceId) && (!mine || subscribed.contains(sourceId));
        }

        /** The switch above the page; null for signed-out visitors. */
        Pages.@Nullable FrontSwitch frontSwitch() {
            return reader == null ? null : new Pages.FrontSwitch(mine, !subscribed.isEmpty(), hidden.size(), path);
        }
    }

    private final Subscriptions subscriptions;
    private final SourceStore sources;

    FeedChoice(Subscriptions subscriptions, SourceStore sources) {
        this.subscriptions = subscriptions;
        this.sources = sources;
    }

    /** The front page's choice: "My feeds" when the reader has subscriptions and has not chosen all news. */
    View front(Context ctx) {
        return chosen(ctx, "/");
    }

    /**
     * The reader's choice on a page that follows it like the front page does (a category, a tag): switched there
     * with {@code ?view=}, remembered for every such page.
     *
     * @param path the page's path, for the switch's links
     */
    View chosen(Context ctx, String path) {
        Reader reader = Access.reader(ctx).orElse(null);
        if (reader == null) return View.EVERYTHING;
        String asked = ctx.queryParam("view");
        if ("mine".equals(asked) || "all".equals(asked)) remember(ctx, asked);
        String chosen = asked != null ? asked : ctx.cookie(COOKIE);
        Set<Long> subscribed = subscribedIds(reader);
        boolean mine = !subscribed.isEmpty() && !"all".equals(chosen);
        return view(reader, mine, subscribed, path);
    }

    /** Shared pages (search, an article's related articles): all news but the hidden sources. */
    View shared(Context ctx) {
        Reader reader = Access.reader(ctx).orElse(null);
        if (reader == null) return View.EVERYTHING;
        return view(reader, false, Set.of(), ctx.path());
    }

    /**
     * The sources a reader's search may find, when they hide some: every other source. Null when nothing is
     * hidden (search everything); a ticked source facet narrows it further.
     */
    @Nullable List<Long> searchable(View view, List<Long> ticked) {
        if (view.hidden().isEmpty()) return null;
        List<Long> allowed = ticked.isEmpty()
                ? sources.list().stream().map(Source::id).filter(id -> !view.hidden().contains(id)).toList()
                : ticked.stream().filter(id -> !view.hidden().contains(id)).toList();
        // No source left: a source id that never exists, so the search finds nothing rather than everything.
        return allowed.isEmpty() ? List.of(-1L) : allowed;
    }

    private View view(Reader reader, boolean mine, Set<Long> subscribed, String path) {
        Set<Long> hidden = Set.copyOf(subscriptions.hiddenSourceIds(reader));
        ReaderSources lens = mine || !hidden.isEmpty() ? new ReaderSources(reader.id(), mine) : null;
        return new View(reader, lens, mine, subscribed, hidden, path);
    }

    private Set<Long> subscribedIds(Reader reader) {
        Set<Long> ids = new HashSet<>();
        for (Subscription s : subscriptions.list(reader)) ids.add(s.sourceId());
        return ids;
    }

    private static void remember(Context ctx, String choice) {
        Cookie cookie = new Cookie(COOKIE, choice);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.LAX);
        cookie.setSecure("https".equals(ctx.scheme()));
        cookie.setMaxAge(YEAR_SECONDS);
        ctx.cookie(cookie);
    }
}
