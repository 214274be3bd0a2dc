package org.newsdesk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.util.function.Supplier;
import org.newsdesk.ingest.SourceService;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.store.AnnotationStore;
import org.newsdesk.store.StoryStore;
import org.newsdesk.ingest.StoryAssistant;
import org.newsdesk.store.ArticleListing;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.SourceStore;

/** Every route of the web UI, in one list; the handlers live in one class per area. Thread-safe. */
public final class WebRoutes {

    private final ReadingPages reading;
    private final StoryPages storyPages;
    private final SearchPages search;
    private final SourcesPages sourcesPages;
    private final Shell shell;
    private final Templates templates;
    private final Supplier<String> metrics;

    public WebRoutes(SourceStore sources, ArticleStore articles, ArticleListing listing, AnnotationStore annotations,
                     StoryStore stories, StoryAssistant assistant, SourceService sourceService, SearchIndex index,
                     Templates templates, Supplier<String> metrics, Clock clock) {
        this.templates = templates;
        this.metrics = metrics;
        Csrf csrf = new Csrf();
        reading = new ReadingPages(sources, articles, listing, annotations, stories, index, templates, clock);
        storyPages = new StoryPages(stories, annotations, assistant, reading, templates, clock);
        search = new SearchPages(index, templates, clock);
        sourcesPages = new SourcesPages(sourceService, listing, templates, csrf, clock, reading::sourcesChanged);
        shell = new Shell();
    }

    public void register(RoutesConfig routes) {
        routes.get("/", reading::front);
        routes.get("/articles/{id}", reading::article);
        routes.get("/stories/{key}", storyPages::story);
        routes.get("/stories/{key}/ask", storyPages::ask);
        routes.get("/articles/{id}/translate", storyPages::translate);
        routes.get("/articles/{id}/versions/{version}", reading::version);
        routes.get("/categories", reading::labels);
        routes.get("/categories/{name}", reading::category);
        routes.get("/tags/{name}", reading::tag);
        routes.get("/search", search::search);
        routes.get("/sources", sourcesPages::page);
        routes.post("/sources", sourcesPages::add);
        routes.get("/sources/export.opml", sourcesPages::exportOpml);
        routes.post("/sources/import", sourcesPages::importOpml);
        routes.get("/sources/{id}", reading::source);
        routes.post("/sources/{id}/refresh", sourcesPages::refresh);
        routes.post("/sources/{id}/remove", sourcesPages::remove);
        routes.get("/manifest.webmanifest", shell::manifest);
        routes.get("/sw.js", shell::serviceWorker);
        routes.get("/icons/icon-{size}.png", shell::icon);
        routes.get("/offline", this::offline);
        routes.get("/metrics", this::metrics);
    }

    /** Renders an error the reader can act on, as a page. */
    public void error(HttpResponseException e, Context ctx) {
        ctx.status(e.getStatus());
        String title = switch (e.getStatus()) {
            case 404 -> "Not found";
            case 403 -> "Not allowed";
            case 400 -> "That request didn't make sense";
            default -> "Something went wrong";
        };
        templates.render(ctx, "error.jte", new Pages.ErrorPage(e.getStatus(), title, e.getMessage()));
    }

    void offline(Context ctx) {
        templates.render(ctx, "error.jte", new Pages.ErrorPage(503, "You are offline",
                "This page isn't saved for offline reading. Pages you opened before are."));
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.get());
    }
}
