package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoopbackClientTest {

    private HttpServer server;
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().toString();
                byte[] body = ("answer to " + path).repeat(path.contains("big") ? 20_000 : 1).getBytes(StandardCharsets.UTF_8);
                if (path.startsWith("/missing")) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                if (path.startsWith("/close")) exchange.getResponseHeaders().set("Connection", "close");
                // Length 0 makes the JDK server send the body in chunks.
                exchange.sendResponseHeaders(200, path.contains("chunked") ? 0 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsAnswersByLengthAndInChunksOnOneKeptConnection() throws IOException {
        try (LoopbackClient client = new LoopbackClient("127.0.0.1", server.getAddress().getPort())) {
            assertThat(client.get("/a?q=1")).isEqualTo(200);
            assertThat(client.bodyBytes()).isEqualTo("answer to /a?q=1".length());
            assertThat(client.get("/chunked")).isEqualTo(200);
            assertThat(client.get("/big-chunked")).isEqualTo(200);
            assertThat(client.get("/big")).isEqualTo(200);
            assertThat(client.get("/missing")).isEqualTo(404);
            assertThat(client.get("/b")).isEqualTo(200);

            assertThat(client.bodyBytes()).isEqualTo("answer to /a?q=1".length() + "answer to /chunked".length()
                    + 20_000L * "answer to /big-chunked".length() + 20_000L * "answer to /big".length()
                    + "answer to /b".length());
        }
    }

    @Test
    void connectsAgainAfterTheServerClosesTheConnection() throws IOException {
        try (LoopbackClient client = new LoopbackClient("127.0.0.1", server.getAddress().getPort())) {
            assertThat(client.get("/close")).isEqualTo(200);
            assertThat(client.get("/close")).isEqualTo(200);
            assertThat(client.get("/a")).isEqualTo(200);

            assertThat(client.bodyBytes()).isEqualTo(2 * "answer to /close".length() + "answer to /a".length());
        }
    }
}
