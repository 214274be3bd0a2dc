package org.newsdesk.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on 127.0.0.1 and a free port, recording the requests it receives. */
final class LocalServer implements AutoCloseable {

    /** One request as the server saw it. */
    record Received(String path, Headers headers, long startNanos) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        server.setExecutor(executor);
        server.start();
    }

    static LocalServer start() throws IOException {
        return new LocalServer();
    }

    /** Serves a path (and everything under it) with the handler, recording each request. */
    LocalServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            // Recorded on arrival: the client may see the answer before a handler returns.
            received.add(new Received(exchange.getRequestURI().toString(), exchange.getRequestHeaders(),
                    System.nanoTime()));
            try (exchange) {
                handler.handle(exchange);
            }
        });
        return this;
    }

    URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    static void respond(HttpExchange exchange, int status, String contentType, byte[] body, String... headers)
            throws IOException {
        if (contentType != null) exchange.getResponseHeaders().set("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
        boolean bodyless = status == 304 || status == 204 || body.length == 0;
        exchange.sendResponseHeaders(status, bodyless ? -1 : body.length);
        if (!bodyless) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static HttpHandler answering(int status, String contentType, String body, String... headers) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return exchange -> respond(exchange, status, contentType, bytes, headers);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
