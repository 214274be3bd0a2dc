package org.newsdesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.validation.ValidationException;
import org.newsdesk.api.ApiRoutes;
import org.newsdesk.api.HiddenSources;
import org.newsdesk.domain.Source;
import org.newsdesk.api.feeds.FeedRoutes;
import org.newsdesk.api.feeds.StoryFeeds;
import org.newsdesk.api.fever.FeverRoutes;
import org.newsdesk.api.greader.GoogleReaderRoutes;
import org.newsdesk.ingest.SourceException;
import org.newsdesk.search.SearchException;
import org.newsdesk.web.Membership;
import org.newsdesk.web.Templates;
import org.newsdesk.store.ArticleViews;
import org.newsdesk.web.WebRoutes;

/** The one HTTP server: the web UI, the API, metrics and static assets, with the security headers on every answer. */
final class HttpServer implements AutoCloseable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HttpServer.class);

    private static final String CSP = "default-src 'self'; img-src 'self' https: http: data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Javalin javalin;

    HttpServer(Newsdesk newsdesk) {
        ReaderServices readers = newsdesk.readers;
        WebRoutes web = new WebRoutes(newsdesk.sources, newsdesk.articles, newsdesk.listing, newsdesk.annotations,
                new ArticleViews(newsdesk.database, newsdesk.annotations), newsdesk.storyStore, newsdesk.storyDesk, newsdesk.assistant, newsdesk.sourceService,
                newsdesk.index, new Templates(), newsdesk.registry::scrape, newsdesk.clock,
                new Membership(readers.accounts, readers.invitations, readers.appPasswords, readers.csrf, readers.reading,
                        readers.comments, readers.subscriptions, readers.savedSearches));
        HiddenSources hidden = new HiddenSources(readers.accounts, readers.subscriptions,
                () -> newsdesk.sources.list().stream().map(Source::id).toList());
        ApiRoutes api = new ApiRoutes(newsdesk.sourceService, newsdesk.articles, newsdesk.listing, newsdesk.storyStore,
                newsdesk.index, hidden, new ObjectMapper());
        ObjectMapper json = new ObjectMapper();
        GoogleReaderRoutes greader = new GoogleReaderRoutes(readers.appPasswords, readers.csrf, readers.subscriptions,
                readers.reading, json);
        FeverRoutes fever = new FeverRoutes(readers.appPasswords, readers.subscriptions, readers.reading, json);
        FeedRoutes feeds = new FeedRoutes(newsdesk.articles, newsdesk.listing, newsdesk.sources, newsdesk.index,
                readers.savedSearches, storyFeeds(newsdesk), readers.accounts, readers.appPasswords, hidden, json,
                newsdesk.clock);
        javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
                ctx.header("X-Frame-Options", "DENY");
            });
            web.register(config.routes);
            api.register(config.routes);
            greader.register(config.routes);
            fever.register(config.routes);
            feeds.register(config.routes);
            // Errors are mapped once, here: JSON under /api, a page elsewhere.
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                // Javalin's own "Endpoint GET /x not found" speaks of endpoints: say it the reader's way.
                String message = e.getStatus() == 404 && e.getMessage().startsWith("Endpoint ")
                        ? "There is no page at " + ctx.path() + "." : e.getMessage();
                respond(ctx, api, web, e.getStatus(), message);
            });
            config.routes.exception(SourceException.class, (e, ctx) -> respond(ctx, api, web, status(e), e.getMessage()));
            config.routes.exception(SearchException.class, (e, ctx) -> respond(ctx, api, web, 503, e.getMessage()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> respond(ctx, api, web, 400, e.getMessage()));
            config.routes.exception(ValidationException.class, (e, ctx) -> respond(ctx, api, web, 400, describe(e)));
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("request failed method={} path={}", ctx.method(), ctx.path(), e);
                respond(ctx, api, web, 500, "Something went wrong on our side; it has been logged.");
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) respond(ctx, api, web, 404, "There is no page at " + ctx.path() + ".");
            });
        });
    }

    /** Feeds out for stories: a story's articles, newest first, under its headline. */
    private static StoryFeeds storyFeeds(Newsdesk newsdesk) {
        return (storyId, limit) -> newsdesk.storyStore.find(Long.toString(storyId)).map(story -> new StoryFeeds.Story(
                story.title(), newsdesk.storyStore.articles(story.key()).stream().limit(limit).toList()));
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    private static void respond(Context ctx, ApiRoutes api, WebRoutes web, int status, String message) {
        if (isApi(ctx)) api.error(status, message, ctx);
        else web.error(new HttpResponseException(status, message), ctx);
    }

    /** "id must be a Long, was "abc"": what Javalin's validation found, in one line. */
    private static String describe(ValidationException e) {
        StringBuilder out = new StringBuilder();
        e.getErrors().forEach((field, errors) -> errors.forEach(error -> {
            if (!out.isEmpty()) out.append("; ");
            out.append(field).append(" is not valid (").append(error.getMessage()).append("), was \"").append(error.value).append('"');
        }));
        return out.isEmpty() ? "the request is not valid" : out.toString();
    }

    private static int status(SourceException e) {
        return switch (e.reason()) {
            case NOT_FOUND -> 404;
            case ALREADY_SUBSCRIBED -> 409;
            case INDEX_BUSY -> 503;
            default -> 422;
        };
    }

    HttpServer start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
