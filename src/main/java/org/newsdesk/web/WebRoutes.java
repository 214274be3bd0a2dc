package org.newsdesk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.Source;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.SearchQuery;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.SourceStore;

/** Every route of the web UI, one handler method each. Thread-safe. */
public final class WebRoutes {

    private static final int PAGE_SIZE = 30;

    private final SourceStore sources;
    private final ArticleStore articles;
    private final SearchIndex index;
    private final Templates templates;
    private final Supplier<String> metrics;
    private final Clock clock;

    public WebRoutes(SourceStore sources, ArticleStore articles, SearchIndex index, Templates templates,
                     Supplier<String> metrics, Clock clock) {
        this.sources = sources;
        this.articles = articles;
        this.index = index;
        this.templates = templates;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::front);
        routes.get("/articles/{id}", this::article);
        routes.get("/search", this::search);
        routes.get("/metrics", this::metrics);
    }

    void front(Context ctx) {
        Instant before = ctx.queryParam("before") == null ? null : Instant.ofEpochMilli(
                ctx.queryParamAsClass("before", Long.class).get());
        List<Article> page = articles.newest(PAGE_SIZE, before);
        Map<Long, String> titles = sourceTitles();
        Instant now = clock.instant();
        List<ArticleCard> cards = page.stream().map(a -> ArticleCard.of(a, titles.getOrDefault(a.sourceId(), ""), now)).toList();
        String older = page.size() == PAGE_SIZE ? Long.toString(page.getLast().shownAt().toEpochMilli()) : null;
        templates.render(ctx, "front.jte", new Pages.Front(cards, older, titles.size()));
    }

    void article(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).get();
        Article article = articles.find(id).orElseThrow(() -> new NotFoundResponse("There is no article #" + id));
        String sourceTitle = sources.find(article.sourceId()).map(Source::title).orElse("");
        templates.render(ctx, "article.jte", new Pages.ArticlePage(article, sourceTitle,
                TimeText.relative(article.shownAt(), clock.instant()), TimeText.exact(article.shownAt()),
                articles.versions(id)));
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        var hits = index.search(new SearchQuery(q, 0, PAGE_SIZE));
        templates.render(ctx, "search.jte", new Pages.SearchPage(q, hits.total(), hits.hits()));
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.get());
    }

    private Map<Long, String> sourceTitles() {
        Map<Long, String> titles = new HashMap<>();
        for (Source s : sources.list()) titles.put(s.id(), s.title());
        return titles;
    }
}
