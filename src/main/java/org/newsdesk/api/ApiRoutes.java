package org.newsdesk.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.domain.LabelKind;
import org.newsdesk.domain.ListingCursor;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.SourceSummary;
import org.newsdesk.ingest.IngestStatus;
import org.newsdesk.ingest.SourceService;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.store.ArticleListing;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.ReaderSources;
import org.newsdesk.store.StoryStore;
import org.newsdesk.domain.StorySummary;

/** Every route of the JSON API ({@code /api/v1}), one handler method each. Thread-safe. */
public final class ApiRoutes {

    /** The body of {@code POST /api/v1/sources}. */
    public record NewSource(@Nullable String url, @Nullable String category) {}

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final SourceService sources;
    private final ArticleStore articles;
    private final ArticleListing listing;
    private final StoryStore stories;
    private final ApiSearch search;
    private final HiddenSources hidden;
    private final Json json;

    /** @param hidden what a signed-in caller hides: their article listings and searches leave those sources out */
    public ApiRoutes(SourceService sources, ArticleStore articles, ArticleListing listing, StoryStore stories,
                     SearchIndex index, HiddenSources hidden, ObjectMapper mapper) {
        this.sources = sources;
        this.stories = stories;
        this.articles = articles;
        this.listing = listing;
        this.hidden = hidden;
        this.json = new Json(mapper);
        this.search = new ApiSearch(index, hidden, json);
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/openapi.json", this::openApi);
        routes.get("/api/v1/status", this::status);
        routes.get("/api/v1/articles", this::articles);
        routes.get("/api/v1/articles/{id}", this::article);
        routes.get("/api/v1/articles/{id}/versions", this::versions);
        routes.get("/api/v1/stories", this::stories);
        routes.get("/api/v1/stories/{key}", this::story);
        routes.get("/api/v1/sources", this::sources);
        routes.post("/api/v1/sources", this::addSource);
        routes.get("/api/v1/sources/{id}", this::source);
        routes.delete("/api/v1/sources/{id}", this::removeSource);
        routes.post("/api/v1/sources/{id}/refresh", this::refreshSource);
        routes.get("/api/v1/categories", ctx -> labels(ctx, LabelKind.CATEGORY));
        routes.get("/api/v1/tags", ctx -> labels(ctx, LabelKind.TAG));
        routes.get("/api/v1/search", search::search);
    }

    /** An error as the API answers it: JSON with a message and a fitting status. */
    public void error(int status, String message, Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        json.send(ctx, HttpStatus.forStatus(status), body);
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(getClass().getResourceAsStream("/api/openapi.json"));
    }

    void status(Context ctx) {
        IngestStatus status = sources.status();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sources", status.sources());
        body.put("articles", status.articles());
        body.put("failingSources", status.failingSources());
        body.put("queued", status.queued());
        json.send(ctx, body);
    }

    void articles(Context ctx) {
        int limit = limit(ctx);
        ArticleFilter filter = new ArticleFilter(ctx.queryParamAsClass("source", Long.class).getOrNull(),
                ctx.queryParam("category"), ctx.queryParam("tag"));
        String cursorText = ctx.queryParam("cursor");
        ListingCursor cursor = ListingCursor.parse(cursorText);
        if (cursorText != null && cursor == null) throw new IllegalArgumentException("cursor \"" + cursorText + "\" is not one this API gave");
        ReaderSources lens = hidden.lens(hidden.sessionReader(ctx).orElse(null));
        List<Article> page = listing.list(filter, lens, limit + 1, cursor);
        String next = page.size() > limit ? ListingCursor.after(page.get(limit - 1)).toString() : null;
        List<Object> items = page.stream().limit(limit).map(a -> (Object) Views.article(a, false)).toList();
        json.send(ctx, Views.page(items, next));
    }

    void article(Context ctx) {
        json.send(ctx, Views.article(find(ctx), true));
    }

    void versions(Context ctx) {
        Article article = find(ctx);
        json.send(ctx, Map.of("items", articles.versions(article.id()).stream().map(Views::version).toList()));
    }

    /** Stories ranked by recency and breadth of coverage; {@code min} leaves out stories of fewer articles. */
    void stories(Context ctx) {
        int limit = limit(ctx);
        int offset = intParam(ctx, "offset", 0, 0, 100_000);
        int min = intParam(ctx, "min", 1, 1, 1000);
        List<StorySummary> page = stories.ranked(limit + 1, offset, min);
        String next = page.size() > limit ? Integer.toString(offset + limit) : null;
        json.send(ctx, Views.page(page.stream().limit(limit).map(s -> (Object) Views.story(s)).toList(), next));
    }

    /** One story with its articles, newest first, each with the original it copies when it is a copy. */
    void story(Context ctx) {
        String key = ctx.pathParam("key");
        StorySummary story = stories.find(key).orElseThrow(() -> new NotFoundResponse("there is no story " + key));
        Map<Long, Long> copyOf = new java.util.HashMap<>();
        stories.members(key).forEach(m -> { if (m.copyOf() != null) copyOf.put(m.articleId(), m.copyOf()); });
        Map<String, Object> body = Views.story(story);
        body.put("articles", stories.articles(key).stream().map(a -> {
            Map<String, Object> view = Views.article(a, false);
            view.put("copyOf", copyOf.get(a.id()));
            return view;
        }).toList());
        json.send(ctx, body);
    }

    void sources(Context ctx) {
        json.send(ctx, Map.of("items", sources.list().stream().map(Views::source).toList()));
    }

    void source(Context ctx) {
        json.send(ctx, Views.source(summary(ctx.pathParamAsClass("id", Long.class).get())));
    }

    void addSource(Context ctx) {
        NewSource body = json.read(ctx, NewSource.class);
        if (body.url() == null || body.url().isBlank()) throw new IllegalArgumentException("give the feed or site address as \"url\"");
        Source added = sources.add(body.url(), body.category());
        ctx.header("Location", "/api/v1/sources/" + added.id());
        json.send(ctx, HttpStatus.CREATED, Views.source(summary(added.id())));
    }

    void removeSource(Context ctx) {
        sources.remove(ctx.pathParamAsClass("id", Long.class).get());
        ctx.status(HttpStatus.NO_CONTENT);
    }

    void refreshSource(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).get();
        sources.requestRefresh(id);
        json.send(ctx, HttpStatus.ACCEPTED, Map.of("queued", true, "source", Views.source(summary(id))));
    }

    void labels(Context ctx, LabelKind kind) {
        int limit = intParam(ctx, "limit", 200, 1, 1000);
        json.send(ctx, Map.of("items", listing.labels(kind, limit).stream().map(Views::label).toList()));
    }

    private Article find(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).get();
        return articles.find(id).orElseThrow(() -> new NotFoundResponse("there is no article " + id));
    }

    private SourceSummary summary(long id) {
        return sources.list().stream().filter(s -> s.source().id() == id).findFirst()
                .orElseThrow(() -> new NotFoundResponse("there is no source " + id));
    }

    static int limit(Context ctx) {
        return intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    /** A whole-number query parameter within bounds, or the fallback when absent; a clear error otherwise. */
    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) return fallback;
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", was \"" + text + "\"");
    }
}
