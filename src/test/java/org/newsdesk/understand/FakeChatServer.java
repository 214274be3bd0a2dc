package org.newsdesk.understand;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A small OpenAI-protocol chat completions server on 127.0.0.1, answering as each test tells it. */
public final class FakeChatServer implements AutoCloseable {

    /** One answer: status, body and how long to wait before sending it. */
    public record Reply(int status, String body, long delayMillis) {
        public static Reply text(String content) {
            return new Reply(200, completion(content), 0);
        }
    }

    /** A request as the server saw it. */
    public record Seen(String body, String authorization) {
    }

    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    public FakeChatServer(Function<Integer, Reply> replies) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            seen.add(new Seen(body, auth == null ? "" : auth));
            Reply reply = replies.apply(seen.size());
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(reply.status(), out.length);
                try (OutputStream o = exchange.getResponseBody()) {
                    o.write(out);
                }
            } catch (IOException e) {
                // the client gave up (a time-out test): nothing to answer
            }
        });
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    public List<Seen> seen() {
        return seen;
    }

    public static String completion(String content) {
        try {
            return new ObjectMapper().writeValueAsString(java.util.Map.of(
                    "id", "chatcmpl-1", "object", "chat.completion",
                    "choices", List.of(java.util.Map.of("index", 0, "finish_reason", "stop",
                            "message", java.util.Map.of("role", "assistant", "content", content))),
                    "usage", java.util.Map.of("prompt_tokens", 120, "completion_tokens", 30, "total_tokens", 150)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
