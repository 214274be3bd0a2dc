package org.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.testing.MutableClock;

class PageCacheTest {

    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-22T10:00:00Z"));
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger renders = new AtomicInteger();
    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin server;

    @AfterEach
    void stop() {
        if (server != null) server.stop();
        client.close();
    }

    private String start(PageCache cache, Handler page) {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/page", cache.cached(page));
        }).start("127.0.0.1", 0);
        return "http://127.0.0.1:" + server.port();
    }

    private PageCache cache(long maxBytes) {
        return new PageCache(version::get, Duration.ofSeconds(10), maxBytes, clock);
    }

    private Handler counting() {
        return ctx -> ctx.html("<p>page " + renders.incrementAndGet() + " for " + ctx.queryParam("q") + "</p>");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void keepsAPageFromTheSecondTimeItsAddressIsAskedForWhileTheDataIsUnchanged() throws Exception {
        String root = start(cache(1_000_000), counting());
        HttpResponse<String> first = get(root + "/page?q=storm");
        HttpResponse<String> second = get(root + "/page?q=storm");
        HttpResponse<String> third = get(root + "/page?q=storm");
        assertThat(first.body()).isEqualTo("<p>page 1 for storm</p>");
        assertThat(second.body()).isEqualTo("<p>page 2 for storm</p>");
        assertThat(third.body()).isEqualTo("<p>page 2 for storm</p>");
        assertThat(third.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(renders).hasValue(2);
    }

    @Test
    void keepsEachAddressApart() throws Exception {
        String root = start(cache(1_000_000), counting());
        get(root + "/page?q=storm");
        assertThat(get(root + "/page?q=storm").body()).isEqualTo("<p>page 2 for storm</p>");
        get(root + "/page?q=flood");
        assertThat(get(root + "/page?q=flood").body()).isEqualTo("<p>page 4 for flood</p>");
        assertThat(get(root + "/page?q=storm").body()).isEqualTo("<p>page 2 for storm</p>");
    }

    @Test
    void rendersAgainWhenTheDataVersionChanges() throws Exception {
        String root = start(cache(1_000_000), counting());
        get(root + "/page?q=storm");
        version.incrementAndGet();
        assertThat(get(root + "/page?q=storm").body()).isEqualTo("<p>page 2 for storm</p>");
        assertThat(get(root + "/page?q=storm").body()).isEqualTo("<p>page 2 for storm</p>");
    }

    @Test
    void rendersAgainAfterTheAgeLimit() throws Exception {
        String root = start(cache(1_000_000), counting());
        get(root + "/page?q=storm");
        get(root + "/page?q=storm");
        clock.advance(Duration.ofSeconds(9));
        assertThat(get(root + "/page?q=storm").body()).isEqualTo("<p>page 2 for storm</p>");
        clock.advance(Duration.ofSeconds(1));
        assertThat(get(root + "/page?q=storm").body()).isEqualTo("<p>page 3 for storm</p>");
    }

    @Test
    void rendersAgainAfterClear() throws Exception {
        PageCache cache = cache(1_000_000);
        String root = start(cache, counting());
        get(root + "/page?q=storm");
        assertThat(get(root + "/page?q=storm").body()).isEqualTo("<p>page 2 for storm</p>");
        cache.clear();
        assertThat(get(root + "/page?q=storm").body()).isEqualTo("<p>page 3 for storm</p>");
    }

    @Test
    void keepsNoErrorPage() throws Exception {
        String root = start(cache(1_000_000), ctx -> {
            renders.incrementAndGet();
            throw new NotFoundResponse("There is no article #7.");
        });
        assertThat(get(root + "/page").statusCode()).isEqualTo(404);
        assertThat(get(root + "/page").statusCode()).isEqualTo(404);
        assertThat(renders).hasValue(2);
    }

    @Test
    void dropsTheOldestPagesOverTheByteBudget() throws Exception {
        String root = start(cache(60), counting());
        get(root + "/page?q=one");
        get(root + "/page?q=one");
        clock.advance(Duration.ofMillis(1));
        get(root + "/page?q=two");
        get(root + "/page?q=two");
        clock.advance(Duration.ofMillis(1));
        get(root + "/page?q=three");
        get(root + "/page?q=three");
        assertThat(get(root + "/page?q=three").body()).isEqualTo("<p>page 6 for three</p>");
        assertThat(get(root + "/page?q=one").body()).isEqualTo("<p>page 7 for one</p>");
    }

    @Test
    void rendersAPageOnceForReadersAskingAtTheSameTime() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        String root = start(cache(1_000_000), ctx -> {
            release.await();
            ctx.html("<p>page " + renders.incrementAndGet() + "</p>");
        });
        List<Future<String>> answers = new ArrayList<>();
        try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) answers.add(readers.submit(() -> get(root + "/page").body()));
            Thread.sleep(300);
            release.countDown();
            for (Future<String> answer : answers) assertThat(answer.get()).isEqualTo("<p>page 1</p>");
        }
        assertThat(renders).hasValue(1);
    }
}
