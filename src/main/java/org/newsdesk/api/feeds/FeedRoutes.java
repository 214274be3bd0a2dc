package org.newsdesk.api.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.List;
import org.newsdesk.api.HiddenSources;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.SavedSearch;
import org.newsdesk.domain.Source;
import org.newsdesk.readers.Accounts;
import org.newsdesk.readers.AppPasswords;
import org.newsdesk.readers.SavedSearches;
import org.newsdesk.search.SearchHit;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.SearchQuery;
import org.newsdesk.store.ArticleListing;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.SourceStore;

/**
 * Every route of the feeds out: {@code /feeds/<what>/<format>} with format {@code rss}, {@code atom} or
 * {@code json}, for the front page, a source, a category, a tag, a story and a saved search. Thread-safe.
 */
public final class FeedRoutes {
    static final int ITEMS = 50;

    private final ArticleStore articles;
    private final ArticleListing listing;
    private final SourceStore sources;
    private final SearchIndex index;
    private final SavedSearches savedSearches;
    private final StoryFeeds stories;
    private final FeedAccess access;
    private final FeedResponder responder;
    private final HiddenSources hidden;

    /**
     * @param listing the same listings the web's pages show, so that a category's feed and its page agree (labels
     *                compared without case, understanding's categories and tags included)
     */
    public FeedRoutes(ArticleStore articles, ArticleListing listing, SourceStore sources, SearchIndex index,
                      SavedSearches savedSearches, StoryFeeds stories, Accounts accounts, AppPasswords appPasswords,
                      HiddenSources hidden, ObjectMapper json, Clock clock) {
        this.hidden = hidden;
        this.articles = articles;
        this.listing = listing;
        this.sources = sources;
        this.index = index;
        this.savedSearches = savedSearches;
        this.stories = stories;
        this.access = new FeedAccess(accounts, appPasswords);
        this.responder = new FeedResponder(sources, json, clock);
    }

    public void register(RoutesConfig routes) {
        routes.get("/feeds/front/{format}", this::front);
        routes.get("/feeds/source/{id}/{format}", this::source);
        routes.get("/feeds/category/{name}/{format}", this::category);
        routes.get("/feeds/tag/{name}/{format}", this::tag);
        routes.get("/feeds/story/{id}/{format}", this::story);
        routes.get("/feeds/search/{id}/{format}", this::savedSearch);
    }

    void front(Context ctx) {
        if (refusedShared(ctx)) return;
        responder.answer(ctx, "Newsdesk: front page", "The newest articles on Newsdesk", "/",
                listing.list(ArticleFilter.ALL, ITEMS, null));
    }

    void source(Context ctx) {
        if (refusedShared(ctx)) return;
        long id = ctx.pathParamAsClass("id", Long.class).get();
        Source source = sources.find(id).orElseThrow(() -> new NotFoundResponse("There is no source #" + id));
        responder.answer(ctx, "Newsdesk: " + source.title(), "The newest articles of " + source.title(),
                "/sources/" + id, listing.list(ArticleFilter.source(id), ITEMS, null));
    }

    void category(Context ctx) {
        if (refusedShared(ctx)) return;
        String name = ctx.pathParam("name");
        responder.answer(ctx, "Newsdesk: " + name, "The newest articles filed under " + name,
                "/categories/" + FeedResponder.path(name), listing.list(ArticleFilter.category(name), ITEMS, null));
    }

    void tag(Context ctx) {
        if (refusedShared(ctx)) return;
        String name = ctx.pathParam("name");
        responder.answer(ctx, "Newsdesk: " + name, "The newest articles tagged " + name,
                "/tags/" + FeedResponder.path(name), listing.list(ArticleFilter.tag(name), ITEMS, null));
    }

    void story(Context ctx) {
        if (refusedShared(ctx)) return;
        long id = ctx.pathParamAsClass("id", Long.class).get();
        StoryFeeds.Story story = stories.story(id, ITEMS)
                .orElseThrow(() -> new NotFoundResponse("There is no story #" + id));
        responder.answer(ctx, "Newsdesk: " + story.title(), "The articles of the story " + story.title(),
                "/stories/" + id, story.articles());
    }

    /**
     * A saved search's feed: its owner's only, signed in or with an app password; like their search page, it
     * leaves out the sources they hide.
     */
    void savedSearch(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).get();
        Reader reader = access.reader(ctx).orElse(null);
        if (reader == null) {
            refuse(ctx);
            return;
        }
        SavedSearch search = savedSearches.find(reader, id)
                .orElseThrow(() -> new NotFoundResponse("You have no saved search #" + id));
        SearchQuery query = new SearchQuery(search.query(), 0, ITEMS);
        List<Long> searchable = hidden.searchable(reader, List.of());
        if (searchable != null) query = query.withFilters(query.filters().withSourceIds(searchable));
        List<Article> found = index.search(query).hits().stream()
                .map(SearchHit::articleId).map(articles::find).flatMap(java.util.Optional::stream).toList();
        responder.answer(ctx, "Newsdesk: " + search.name(), "Articles matching " + search.query(),
                "/search?q=" + FeedResponder.encode(search.query()), found);
    }

    private boolean refusedShared(Context ctx) {
        if (access.mayReadShared(ctx)) return false;
        refuse(ctx);
        return true;
    }

    private static void refuse(Context ctx) {
        ctx.header("WWW-Authenticate", FeedAccess.CHALLENGE).status(401).contentType("text/plain; charset=utf-8")
                .result("Sign in, or give your name and an app password (HTTP Basic), or add ?key=<app password>");
    }
}
