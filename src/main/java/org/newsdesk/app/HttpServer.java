package org.newsdesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.newsdesk.api.ApiRoutes;
import org.newsdesk.api.feeds.FeedRoutes;
import org.newsdesk.api.feeds.StoryFeeds;
import org.newsdesk.api.fever.FeverRoutes;
import org.newsdesk.api.greader.GoogleReaderRoutes;
import org.newsdesk.ingest.SourceException;
import org.newsdesk.search.SearchException;
import org.newsdesk.web.Templates;
import org.newsdesk.web.WebRoutes;

/** The one HTTP server: the web UI, the API, metrics and static assets, with the security headers on every answer. */
final class HttpServer implements AutoCloseable {

    private static final String CSP = "default-src 'self'; img-src 'self' https: http: data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Javalin javalin;

    HttpServer(Newsdesk newsdesk) {
        WebRoutes web = new WebRoutes(newsdesk.sources, newsdesk.articles, newsdesk.index, new Templates(),
                newsdesk.registry::scrape, newsdesk.clock);
        ApiRoutes api = new ApiRoutes(newsdesk.sourceService, new ObjectMapper());
        ReaderServices readers = newsdesk.readers;
        ObjectMapper json = new ObjectMapper();
        GoogleReaderRoutes greader = new GoogleReaderRoutes(readers.appPasswords, readers.csrf, readers.subscriptions,
                readers.reading, json);
        FeverRoutes fever = new FeverRoutes(readers.appPasswords, readers.subscriptions, readers.reading, json);
        FeedRoutes feeds = new FeedRoutes(newsdesk.articles, newsdesk.sources, readers.labels, newsdesk.index,
                readers.savedSearches, StoryFeeds.NONE, readers.accounts, readers.appPasswords, json, newsdesk.clock);
        javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
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
            config.routes.exception(SourceException.class, (e, ctx) -> ctx.status(400).result(e.getMessage()));
            config.routes.exception(SearchException.class, (e, ctx) -> ctx.status(503).result(e.getMessage()));
        });
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
