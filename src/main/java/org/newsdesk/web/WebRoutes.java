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
import org.newsdesk.ingest.StoryDesk;
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
    private final Access access;
    private final AccountPages accountPages;
    private final AdminPages adminPages;
    private final CommentPages commentPages;
    private final ReadingStatePages readingState;
    /** Pages every reader sees alike; see {@link PageCache} for what keeps them true. */
    private final PageCache pages;
    private static final java.time.Duration PAGE_AGE = java.time.Duration.ofSeconds(10);
    private static final long PAGE_BYTES = 32L * 1024 * 1024;

    public WebRoutes(SourceStore sources, ArticleStore articles, ArticleListing listing, AnnotationStore annotations,
                     StoryStore stories, StoryDesk storyDesk, StoryAssistant assistant, SourceService sourceService, SearchIndex index,
                     Templates templates, Supplier<String> metrics, Clock clock, Membership members) {
        this.templates = templates;
        this.metrics = metrics;
        Csrf csrf = new Csrf(members.csrf());
        access = new Access(members.accounts(), members.csrf(), clock);
        accountPages = new AccountPages(members, access, csrf, templates, clock);
        adminPages = new AdminPages(members, csrf, templates, clock);
        commentPages = new CommentPages(members, articles, csrf, templates, clock);
        readingState = new ReadingStatePages(members, sources, listing, csrf, templates, clock);
        pages = new PageCache(index::version, PAGE_AGE, PAGE_BYTES, clock);
        reading = new ReadingPages(sources, articles, listing, annotations, stories, index, templates, clock);
        storyPages = new StoryPages(stories, annotations, assistant, storyDesk, csrf, reading, templates, clock, pages::clear);
        search = new SearchPages(index, templates, clock);
        sourcesPages = new SourcesPages(sourceService, listing, templates, csrf, clock, () -> {
            reading.sourcesChanged();
            pages.clear();
        });
        shell = new Shell();
    }

    public void register(RoutesConfig routes) {
        routes.before(access::check);
        routes.after("/articles/{id}", readingState::opened);
        routes.get("/", pages.cached(reading::front));
        routes.get("/articles/{id}", pages.cached(reading::article));
        routes.get("/stories/{key}", storyPages::story);
        routes.get("/stories/{key}/ask", storyPages::ask);
        routes.post("/admin/articles/{id}/story", storyPages::move);
        routes.post("/admin/articles/{id}/split", storyPages::split);
        routes.get("/articles/{id}/translate", storyPages::translate);
        routes.get("/articles/{id}/versions/{version}", reading::version);
        routes.get("/categories", reading::labels);
        routes.get("/categories/{name}", pages.cached(reading::category));
        routes.get("/tags/{name}", pages.cached(reading::tag));
        routes.get("/search", pages.cached(search::search));
        routes.get("/sources", sourcesPages::page);
        routes.post("/sources", sourcesPages::add);
        routes.get("/sources/export.opml", sourcesPages::exportOpml);
        routes.post("/sources/import", sourcesPages::importOpml);
        routes.get("/sources/{id}", pages.cached(reading::source));
        routes.post("/sources/{id}/refresh", sourcesPages::refresh);
        routes.post("/sources/{id}/remove", sourcesPages::remove);
        routes.get("/manifest.webmanifest", shell::manifest);
        routes.get("/sw.js", shell::serviceWorker);
        routes.get("/icons/icon-{size}.png", shell::icon);
        routes.get("/offline", this::offline);
        routes.get("/metrics", this::metrics);
        routes.get("/setup", accountPages::setupPage);
        routes.post("/setup", accountPages::setup);
        routes.get("/signin", accountPages::signInPage);
        routes.post("/signin", accountPages::signIn);
        routes.post("/signout", accountPages::signOut);
        routes.get("/invite/{token}", accountPages::invitePage);
        routes.post("/invite/{token}", accountPages::acceptInvite);
        routes.get("/account", accountPages::accountPage);
        routes.post("/account/password", accountPages::changePassword);
        routes.post("/account/sessions/{id}/revoke", accountPages::revokeSession);
        routes.post("/account/app-passwords", accountPages::createAppPassword);
        routes.post("/account/app-passwords/{id}/revoke", accountPages::revokeAppPassword);
        routes.get("/admin/readers", adminPages::page);
        routes.post("/admin/invites", adminPages::invite);
        routes.post("/admin/invites/{id}/revoke", adminPages::revokeInvite);
        routes.post("/admin/readers/{id}/role", adminPages::setRole);
        routes.post("/admin/readers/{id}/remove", adminPages::remove);
        routes.post("/admin/readers/{id}/ban", adminPages::ban);
        routes.post("/admin/readers/{id}/unban", adminPages::unban);
        routes.post("/admin/public-mode", adminPages::publicMode);
        routes.get("/articles/{id}/comments", commentPages::section);
        routes.post("/articles/{id}/comments", commentPages::post);
        routes.post("/comments/{id}/edit", commentPages::edit);
        routes.post("/comments/{id}/delete", commentPages::delete);
        routes.post("/comments/{id}/hide", commentPages::hide);
        routes.post("/comments/{id}/ban-author", commentPages::banAuthor);
        routes.get("/me/menu", readingState::menu);
        routes.get("/me/front-bar", readingState::frontBar);
        routes.get("/me/listing-bar", readingState::listingBar);
        routes.get("/reading/marks", readingState::marks);
        routes.post("/reading/{id}/{action}", readingState::mark);
        routes.post("/reading/mark-all-read", readingState::markAllRead);
        routes.get("/unread", readingState::unread);
        routes.get("/starred", readingState::starred);
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
