package org.newsdesk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
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
import org.newsdesk.store.ArticleViews;
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
    private final StoryMarks storyMarks;
    private final SubscriptionPages subscriptionPages;
    private final SavedSearchPages savedSearchPages;
    /** Pages every reader sees alike; see {@link PageCache} for what keeps them true. */
    private final PageCache pages;
    private static final java.time.Duration PAGE_AGE = java.time.Duration.ofSeconds(10);
    private static final long PAGE_BYTES = 32L * 1024 * 1024;

    public WebRoutes(SourceStore sources, ArticleStore articles, ArticleListing listing, AnnotationStore annotations,
                     ArticleViews views, StoryStore stories, StoryDesk storyDesk, StoryAssistant assistant, SourceService sourceService, SearchIndex index,
                     Templates templates, Supplier<String> metrics, Clock clock, Membership members) {
        this.templates = templates;
        this.metrics = metrics;
        Csrf csrf = new Csrf(members.csrf());
        access = new Access(members.accounts(), members.csrf(), clock);
        accountPages = new AccountPages(members, access, csrf, templates, clock);
        adminPages = new AdminPages(members, csrf, templates, clock);
        commentPages = new CommentPages(members, articles, stories, csrf, templates, clock);
        storyMarks = new StoryMarks(members, stories, csrf, templates, clock);
        readingState = new ReadingStatePages(members, sources, listing, csrf, templates, clock);
        pages = new PageCache(index::version, PAGE_AGE, PAGE_BYTES, clock);
        FeedChoice choice = new FeedChoice(members.subscriptions(), sources);
        reading = new ReadingPages(sources, articles, listing, annotations, views, stories, index, templates, clock,
                choice);
        storyPages = new StoryPages(stories, annotations, assistant, storyDesk, csrf, reading, templates, clock, pages::clear);
        search = new SearchPages(index, templates, clock, choice);
        SubscriptionView subscriptionView = new SubscriptionView(members, sources, csrf, templates);
        subscriptionPages = new SubscriptionPages(members, sources, subscriptionView, csrf, templates, reading::sourcesChanged);
        savedSearchPages = new SavedSearchPages(members, subscriptionView, csrf, templates);
        sourcesPages = new SourcesPages(sourceService, listing, templates, csrf, clock, () -> {
            reading.sourcesChanged();
            pages.clear();
        });
        shell = new Shell();
    }

    public void register(RoutesConfig routes) {
        routes.before(access::check);
        routes.after("/articles/{id}", readingState::opened);
        routes.get("/", keptForVisitors(reading::front));
        routes.get("/articles/{id}", keptForVisitors(reading::article));
        routes.get("/stories/{key}", storyPages::story);
        routes.get("/stories/{key}/ask", storyPages::ask);
        routes.post("/admin/articles/{id}/story", storyPages::move);
        routes.post("/admin/articles/{id}/split", storyPages::split);
        routes.get("/articles/{id}/translate", storyPages::translate);
        routes.get("/articles/{id}/versions/{version}", reading::version);
        routes.get("/categories", reading::labels);
        routes.get("/categories/{name}", keptForVisitors(reading::category));
        routes.get("/tags/{name}", keptForVisitors(reading::tag));
        routes.get("/search", keptForVisitors(search::search));
        routes.get("/sources", sourcesPages::page);
        routes.post("/sources", sourcesPages::add);
        routes.get("/sources/export.opml", sourcesPages::exportOpml);
        routes.post("/sources/import", sourcesPages::importOpml);
        routes.get("/sources/{id}", keptForVisitors(reading::source));
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
        routes.get("/stories/{key}/comments", commentPages::storySection);
        routes.post("/stories/{key}/comments", commentPages::postOnStory);
        routes.get("/me/story-bar", storyMarks::bar);
        routes.get("/reading/story-marks", storyMarks::cards);
        routes.post("/stories/{key}/read", storyMarks::markRead);
        routes.post("/stories/{key}/unread", storyMarks::markUnread);
        routes.get("/subscriptions", subscriptionPages::page);
        routes.post("/subscriptions", subscriptionPages::subscribe);
        routes.get("/subscriptions/export.opml", subscriptionPages::exportOpml);
        routes.post("/subscriptions/import", subscriptionPages::importOpml);
        routes.post("/subscriptions/{id}/rename", subscriptionPages::rename);
        routes.post("/subscriptions/{id}/move", subscriptionPages::move);
        routes.post("/subscriptions/{id}/remove", subscriptionPages::unsubscribe);
        routes.post("/subscriptions/{id}/hide", subscriptionPages::hide);
        routes.post("/subscriptions/{id}/unhide", subscriptionPages::unhide);
        routes.post("/subscriptions/folders/{id}/rename", subscriptionPages::renameFolder);
        routes.post("/subscriptions/folders/{id}/remove", subscriptionPages::removeFolder);
        routes.get("/me/subscription-bar/{id}", subscriptionPages::sourceBar);
        routes.get("/me/nav-link", subscriptionPages::navLink);
        routes.get("/me/saved-searches", savedSearchPages::panel);
        routes.post("/saved-searches", savedSearchPages::save);
        routes.get("/saved-searches/{id}", savedSearchPages::open);
        routes.post("/saved-searches/{id}/remove", savedSearchPages::remove);
    }

    /**
     * A page kept for signed-out visitors, who all see it alike; a signed-in reader's pages follow their own feeds
     * and hidden sources, so they are made for each request.
     */
    private Handler keptForVisitors(Handler page) {
        Handler kept = pages.cached(page);
        return ctx -> (Access.reader(ctx).isPresent() ? page : kept).handle(ctx);
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
