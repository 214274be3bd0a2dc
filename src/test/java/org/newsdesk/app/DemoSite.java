package org.newsdesk.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.newsdesk.demo.DemoNetwork;
import org.newsdesk.ingest.Progress;
import org.newsdesk.store.TestPostgres;

/**
 * The demo network ingested into a Newsdesk (on SQLite unless told otherwise), served on 127.0.0.1: what the web and
 * API tests run against.
 */
final class DemoSite implements AutoCloseable {

    final DemoNetwork network;
    final Newsdesk newsdesk;
    final HttpServer server;
    final String base;
    private final HttpClient client = HttpClient.newHttpClient();
    private final @org.jspecify.annotations.Nullable String postgresDatabase;

    DemoSite(Path folder) {
        this(folder, (String) null);
    }

    /** @param llmUrl an OpenAI-protocol service for the AI features, or null for none */
    DemoSite(Path folder, @org.jspecify.annotations.Nullable String llmUrl) {
        this(folder, llmUrl, TestNewsdesk.Store.SQLITE);
    }

    /** On a store backend: SQLite in the folder, or a fresh PostgreSQL database dropped on close. */
    DemoSite(Path folder, TestNewsdesk.Store store) {
        this(folder, null, store);
    }

    private DemoSite(Path folder, @org.jspecify.annotations.Nullable String llmUrl, TestNewsdesk.Store store) {
        network = DemoNetwork.start(0);
        postgresDatabase = store == TestNewsdesk.Store.POSTGRESQL ? TestPostgres.nextName() : null;
        String database = postgresDatabase == null ? null : TestPostgres.createDatabase(postgresDatabase);
        newsdesk = new Newsdesk(new Config(folder, database, database == null ? null : TestPostgres.user(), null, "127.0.0.1", 0,
                List.of("127.0.0.1"), 2, 10L << 20, Duration.ZERO, 100, llmUrl, "test-model", "secret-key"), false);
        for (URI url : network.subscriptions()) newsdesk.sourceService.add(url.toString(), null);
        newsdesk.sourceService.refreshAll(Progress.NONE);
        server = new HttpServer(newsdesk).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).headers(headers.length == 0 ? new String[] {"Accept", "*/*"} : headers).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + request.uri(), e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    /** A GET as a signed-in reader, by their session cookie. */
    HttpResponse<String> as(org.newsdesk.readers.SignedIn who, String path) {
        return send(request(path).header("Cookie", cookie(who)).GET().build());
    }

    /** A form POST as a signed-in reader, with the form exactly as given (a CSRF token only if it has one). */
    HttpResponse<String> post(org.newsdesk.readers.SignedIn who, String path, String form) {
        return send(request(path).header("Cookie", cookie(who))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    static String cookie(org.newsdesk.readers.SignedIn who) {
        return org.newsdesk.readers.Accounts.SESSION_COOKIE + "=" + who.token();
    }

    @Override
    public void close() {
        server.close();
        newsdesk.close();
        network.close();
        if (postgresDatabase != null) TestPostgres.dropDatabase(postgresDatabase);
    }
}
