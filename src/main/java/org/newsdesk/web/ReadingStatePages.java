package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.domain.ArticleScope;
import org.newsdesk.domain.ListingCursor;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.ReadingItem;
import org.newsdesk.domain.Source;
import org.newsdesk.readers.Authenticated;
import org.newsdesk.store.ArticleListing;
import org.newsdesk.store.ItemQuery;
import org.newsdesk.store.SourceStore;

/**
 * Each reader's marks on the shared pages: read and star buttons, opening an article marks it read, "mark all as
 * read", the Unread and Starred lists, and the masthead's account links. Thread-safe.
 */
final class ReadingStatePages {

    private static final int MAX_IDS = 100;
    /** A category page's "mark all as read" covers at most this many of its newest articles. */
    private static final int MAX_MARK_ALL = 5_000;

    private final Membership members;
    private final SourceStore sources;
    private final ArticleListing listing;
    private final Csrf csrf;
    private final Templates templates;
    private final Clock clock;

    ReadingStatePages(Membership members, SourceStore sources, ArticleListing listing, Csrf csrf, Templates templates,
                      Clock clock) {
        this.members = members;
        this.sources = sources;
        this.listing = listing;
        this.csrf = csrf;
        this.templates = templates;
        this.clock = clock;
    }

    /** The masthead's links: sign in, or the reader's name, lists and sign-out. */
    void menu(Context ctx) {
        templates.render(ctx, "parts/menu.jte", new ReaderModels.Menu(Access.reader(ctx).orElse(null),
                Access.signedIn(ctx) == null ? "" : csrf.token(ctx), members.accounts().hasAccounts()));
    }

    void frontBar(Context ctx) {
        templates.render(ctx, "parts/frontbar.jte", bar(ctx, "all"));
    }

    /** The bar of a source or category page, with its "mark all as read". */
    void listingBar(Context ctx) {
        Reader reader = Access.reader(ctx).orElse(null);
        if (reader == null) {
            ctx.status(HttpStatus.NO_CONTENT);
            return;
        }
        String scope = "source".equals(ctx.queryParam("scope")) ? "source" : "category";
        String value = String.valueOf(ctx.queryParam("value"));
        long unread = "source".equals(scope)
                ? members.reading().countUnread(reader, new ArticleScope.OfSource(Long.parseLong(value)))
                : -1;
        String back = "source".equals(scope) ? "/sources/" + value
                : "/categories/" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        templates.render(ctx, "parts/listingbar.jte", new ReaderModels.ListingBar(scope, value, unread,
                Long.toString(clock.millis()), csrf.token(ctx), back));
    }

    /** The buttons of the articles named in {@code ids}, for the cards on a page; nothing when signed out. */
    void marks(Context ctx) {
        Reader reader = Access.reader(ctx).orElse(null);
        List<Long> ids = ids(ctx.queryParam("ids"));
        if (ids.isEmpty()) {
            ctx.status(HttpStatus.NO_CONTENT);
            return;
        }
        Map<Long, Long> counts = members.comments().countsOnArticles(ids);
        if (reader == null) {
            List<ReaderModels.Marks> marks = ids.stream().filter(counts::containsKey)
                    .map(id -> new ReaderModels.Marks(id, true, false, counts.get(id))).toList();
            templates.render(ctx, "parts/marks.jte", new ReaderModels.MarksList(marks, ""));
            return;
        }
        Set<Long> read = members.reading().readAmong(reader, ids);
        Set<Long> starred = Set.copyOf(members.reading().visible(reader, ids).stream()
                .filter(ReadingItem::starred).map(ReadingItem::id).toList());
        List<ReaderModels.Marks> marks = ids.stream().map(id -> new ReaderModels.Marks(id, read.contains(id),
                starred.contains(id), counts.getOrDefault(id, 0L))).toList();
        templates.render(ctx, "parts/marks.jte", new ReaderModels.MarksList(marks, csrf.token(ctx)));
    }

    /** {@code POST /reading/{id}/{read|unread|star|unstar}}: answers with the article's new buttons. */
    void mark(Context ctx) {
        csrf.check(ctx);
        Reader reader = Access.require(ctx).reader();
        long id = ctx.pathParamAsClass("id", Long.class).get();
        switch (ctx.pathParam("action")) {
            case "read" -> members.reading().markRead(reader, id);
            case "unread" -> members.reading().markUnread(reader, id);
            case "star" -> members.reading().star(reader, id);
            case "unstar" -> members.reading().unstar(reader, id);
            default -> throw new IllegalArgumentException("there is no mark \"" + ctx.pathParam("action") + "\"");
        }
        if (ctx.header("HX-Request") == null) {
            ctx.redirect(Access.safeNext(ctx.formParam("back")), HttpStatus.SEE_OTHER);
            return;
        }
        List<Long> one = List.of(id);
        boolean read = members.reading().readAmong(reader, one).contains(id);
        boolean starred = !members.reading().visible(reader, one).stream().filter(ReadingItem::starred).toList().isEmpty();
        long comments = members.comments().countsOnArticles(one).getOrDefault(id, 0L);
        templates.render(ctx, "parts/marks.jte", new ReaderModels.MarksList(
                List.of(new ReaderModels.Marks(id, read, starred, comments)), csrf.token(ctx)));
    }

    /** Marks read what a source or category page lists, up to when the page was shown. */
    void markAllRead(Context ctx) {
        csrf.check(ctx);
        Reader reader = Access.require(ctx).reader();
        Instant cutoff = Instant.ofEpochMilli(ctx.formParamAsClass("cutoff", Long.class).getOrDefault(clock.millis()));
        String value = AccountPages.field(ctx, "value");
        if ("source".equals(ctx.formParam("scope"))) {
            members.reading().markAllRead(reader, new ArticleScope.OfSource(Long.parseLong(value)), cutoff);
        } else {
            String label = listing.label(org.newsdesk.domain.LabelKind.CATEGORY, value);
            if (label != null) members.reading().markAllRead(reader, new ArticleScope.Articles(categoryIds(label)), cutoff);
        }
        ctx.redirect(Access.safeNext(ctx.formParam("back")) + "?marked=1", HttpStatus.SEE_OTHER);
    }

    private List<Long> categoryIds(String label) {
        List<Long> ids = new ArrayList<>();
        ListingCursor after = null;
        while (ids.size() < MAX_MARK_ALL) {
            List<Article> page = listing.list(ArticleFilter.category(label), 500, after);
            page.forEach(a -> ids.add(a.id()));
            if (page.size() < 500) break;
            after = ListingCursor.after(page.getLast());
        }
        return ids;
    }

    /** After an article page is shown to a signed-in reader: the article is read. */
    void opened(Context ctx) {
        Authenticated who = Access.signedIn(ctx);
        if (who == null || ctx.statusCode() != 200) return;
        Long id = ctx.pathParamAsClass("id", Long.class).getOrNull();
        if (id != null) members.reading().markRead(who.reader(), id);
    }

    void unread(Context ctx) {
        list(ctx, "unread", "Unread", "You have read everything. Well done.",
                new ArticleScope.Everything(), ItemQuery.ReadFilter.UNREAD);
    }

    void starred(Context ctx) {
        list(ctx, "starred", "Starred", "Nothing starred yet: star an article (☆) to keep it here.",
                new ArticleScope.Starred(), ItemQuery.ReadFilter.ANY);
    }

    private void list(Context ctx, String kind, String title, String empty, ArticleScope scope, ItemQuery.ReadFilter filter) {
        Reader reader = Access.require(ctx).reader();
        Long before = ctx.queryParamAsClass("before", Long.class).getOrNull();
        ItemQuery query = ItemQuery.of(reader.id(), scope, ReadingPages.PAGE_SIZE + 1).withReadFilter(filter)
                .idsBetween(null, before);
        List<ReadingItem> items = members.reading().items(reader, query);
        boolean more = items.size() > ReadingPages.PAGE_SIZE;
        if (more) items = items.subList(0, ReadingPages.PAGE_SIZE);
        Map<Long, String> titles = new HashMap<>();
        for (Source s : sources.list()) titles.put(s.id(), s.title());
        Instant now = clock.instant();
        List<ArticleCard> cards = items.stream()
                .map(i -> ArticleCard.of(i.article(), titles.getOrDefault(i.article().sourceId(), ""), now)).toList();
        String older = more ? "/" + kind + "?before=" + items.getLast().id() : null;
        long count = members.reading().count(reader, query.withLimit(1).idsBetween(null, null));
        templates.render(ctx, "readinglist.jte", new ReaderModels.ReadingList(kind, title, empty, count,
                new Pages.River(cards, older), bar(ctx, kind)));
    }

    private ReaderModels.FrontBar bar(Context ctx, String current) {
        Reader reader = Access.reader(ctx).orElse(null);
        boolean exist = members.accounts().hasAccounts();
        if (reader == null) return new ReaderModels.FrontBar(exist, null, 0, 0, current);
        long unread = members.reading().countUnread(reader, new ArticleScope.Everything());
        long starred = members.reading().count(reader, ItemQuery.of(reader.id(), new ArticleScope.Starred(), 1));
        return new ReaderModels.FrontBar(exist, reader, unread, starred, current);
    }

    private static List<Long> ids(String text) {
        if (text == null || text.isBlank()) return List.of();
        List<Long> ids = new ArrayList<>();
        for (String part : text.split(",")) {
            if (ids.size() == MAX_IDS) break;
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("ids are numbers separated by commas, was \"" + part + "\"");
            }
        }
        return ids;
    }
}
