package org.newsdesk.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small fictional news network on 127.0.0.1: four outlets of the Aldercoast province, each under its own
 * path prefix of one HTTP server. The Harbor Times publishes RSS 2.0, Northfield Ledger Atom 1.0, Meridian Wire
 * (a news agency) JSON Feed 1.1, and Valley Dispatch only names its RSS feed in its front page's
 * {@code <link rel="alternate">}. About forty articles cover ten events; a wire story is republished by the
 * three other outlets; one Ledger article is corrected after its first reading; one Dispatch article sits under
 * a path robots.txt disallows. Used by {@code ./newsdesk demo} and the end-to-end tests, never by the product.
 *
 * <p>Thread-safe: requests are served concurrently, and the accessors return immutable values.
 */
public final class DemoNetwork implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUrl;
    private final Newsroom newsroom;

    private DemoNetwork(HttpServer server, ExecutorService executor, URI baseUrl, Newsroom newsroom) {
        this.server = server;
        this.executor = executor;
        this.baseUrl = baseUrl;
        this.newsroom = newsroom;
    }

    /** Starts the network on the given port of 127.0.0.1 (0 = any free port), dating articles from now. */
    public static DemoNetwork start(int port) {
        return start(port, Clock.systemUTC());
    }

    /** Starts the network; articles are dated hours before {@code clock}'s time at start. */
    public static DemoNetwork start(int port, Clock clock) {
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0..65535, was " + port);
        HttpServer server;
        try {
            // The JDK server writes headers and body apart; with Nagle's algorithm on, a keep-alive client then waits
            // ~40 ms for the delayed ACK on every request. Read once, when the server classes load.
            System.setProperty("sun.net.httpserver.nodelay", "true");
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new DemoNetworkException(DemoNetworkException.Reason.CANNOT_LISTEN,
                    "cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        Newsroom newsroom = new Newsroom(new ManuscriptReader().readAll(), base, clock);
        int year = clock.instant().atZone(Html.ZONE).getYear();
        server.createContext("/", new Switchboard(newsroom, base, new ObjectMapper(), year));
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.start();
        return new DemoNetwork(server, executor, base, newsroom);
    }

    /** The server's root, ending in a slash: {@code http://127.0.0.1:PORT/}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** What a reader subscribes to: three feed URLs and one site front page, whose feed needs autodiscovery. */
    public List<URI> subscriptions() {
        return List.of(
                baseUrl.resolve(Outlet.HARBOR_TIMES.feedPath()),
                baseUrl.resolve(Outlet.NORTHFIELD_LEDGER.feedPath()),
                baseUrl.resolve(Outlet.MERIDIAN_WIRE.feedPath()),
                baseUrl.resolve(Outlet.VALLEY_DISPATCH.homePath()));
    }

    /** The number of distinct article pages, which is the number of feed entries over all outlets. */
    public int articleCount() {
        return newsroom.stories().size();
    }

    /** All articles, newest first. */
    public List<DemoArticle> articles() {
        return newsroom.stories().stream().map(DemoNetwork::describe).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static DemoArticle describe(Story story) {
        Manuscript m = story.manuscript();
        return new DemoArticle(story.outlet().title, story.url(), m.title(), m.event(), m.author(),
                story.published(), m.section(), m.tags(),
                story.original() == null ? null : story.original().url(),
                m.membersOnly(), m.correction() != null);
    }
}
