package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.demo.DemoArticle;
import org.newsdesk.demo.DemoNetwork;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ContentOrigin;
import org.newsdesk.domain.SourceState;
import org.newsdesk.ingest.RefreshReport;
import org.newsdesk.ingest.Progress;
import org.newsdesk.search.SearchQuery;

/**
 * The whole pipeline against the demo news network: every article fetched, extracted, stored and indexed.
 * Runs on each store backend (the subclasses).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoIngestTest {

    /** The configuration of the backend under test, with its data folder. */
    abstract Config config(Path folder);

    static Config embedded(Path folder, @org.jspecify.annotations.Nullable String databaseUrl, @org.jspecify.annotations.Nullable String user) {
        return new Config(folder, databaseUrl, user, null, "127.0.0.1", 0, List.of("127.0.0.1"), 2, 10L << 20, Duration.ZERO, 100, null, null, null);
    }

    @TempDir
    static Path folder;

    private DemoNetwork network;
    private Newsdesk newsdesk;
    private List<RefreshReport> firstPass;

    @BeforeAll
    void ingestTheDemoNetwork() {
        network = DemoNetwork.start(0);
        newsdesk = new Newsdesk(config(folder), false);
        for (URI url : network.subscriptions()) newsdesk.sourceService.add(url.toString(), null);
        firstPass = newsdesk.sourceService.refreshAll(Progress.NONE);
    }

    @AfterAll
    void stop() {
        newsdesk.close();
        network.close();
    }

    @Test
    void storesAndIndexesEveryDemoArticleOnce() {
        assertThat(firstPass).allSatisfy(r -> assertThat(r.error()).isNull());
        assertThat(newsdesk.sources.list()).hasSize(4).allSatisfy(s -> assertThat(s.polling().state()).isEqualTo(SourceState.OK));
        assertThat(newsdesk.articles.count()).isEqualTo(network.articleCount());
        assertThat(newsdesk.index.count()).isEqualTo(network.articleCount());
        for (DemoArticle demo : network.articles()) {
            assertThat(stored(demo)).as(demo.url().toString()).isPresent();
        }
    }

    @Test
    void findsTheSiteOnlyReachableThroughAutodiscovery() {
        assertThat(newsdesk.sources.list()).extracting(s -> s.title())
                .containsExactlyInAnyOrderElementsOf(network.articles().stream().map(DemoArticle::outlet).distinct().toList());
    }

    @Test
    void extractsTheCleanArticleFromEachPage() {
        for (DemoArticle demo : network.articles()) {
            Article article = stored(demo).orElseThrow();
            assertThat(article.title()).as(demo.url().toString()).isEqualTo(demo.title());
            assertThat(article.content().bodyText()).as(demo.url().toString())
                    .doesNotContain("Download our app", "No comments yet", "Subscribe to our newsletter", "cookies")
                    .hasSizeGreaterThan(300);
            if (!demo.disallowedByRobots()) assertThat(article.origin()).isEqualTo(ContentOrigin.PAGE);
        }
    }

    @Test
    void foldsTheWireStorysCopiesIntoTheOriginal() {
        DemoArticle original = network.articles().stream()
                .filter(a -> a.event().equals("castrana-earthquake") && a.republishedFrom() == null && a.outlet().equals("Meridian Wire"))
                .min(java.util.Comparator.comparing(DemoArticle::published)).orElseThrow();
        long originalId = stored(original).orElseThrow().id();
        List<Long> copies = network.articles().stream().filter(a -> a.republishedFrom() != null)
                .map(a -> stored(a).orElseThrow().id()).toList();

        assertThat(copies).hasSize(3);
        for (long copy : copies) {
            assertThat(newsdesk.storyStore.memberOf(copy)).hasValueSatisfying(m -> assertThat(m.copyOf()).isEqualTo(originalId));
        }
        assertThat(newsdesk.storyStore.copiesOf(originalId)).extracting(Article::id).containsExactlyInAnyOrderElementsOf(copies);
        assertThat(newsdesk.storyStore.memberOf(originalId).orElseThrow().copyOf()).isNull();
    }

    @Test
    void groupsEachDemoEventIntoOneStory() {
        Map<String, Set<String>> storiesByEvent = new TreeMap<>();
        for (DemoArticle demo : network.articles()) {
            String story = newsdesk.storyStore.memberOf(stored(demo).orElseThrow().id()).orElseThrow().storyKey();
            storiesByEvent.computeIfAbsent(demo.event(), e -> new TreeSet<>()).add(story);
        }
        assertThat(storiesByEvent).allSatisfy((event, stories) -> assertThat(stories).as(event).hasSize(1));
        assertThat(storiesByEvent.values().stream().map(s -> s.iterator().next()).distinct()).hasSize(storiesByEvent.size());
        assertThat(newsdesk.storyStore.count()).isEqualTo(storiesByEvent.size());
    }

    @Test
    void keepsTheFeedsContentForAPageRobotsDisallow() {
        DemoArticle disallowed = network.articles().stream().filter(DemoArticle::disallowedByRobots).findFirst().orElseThrow();
        Article article = stored(disallowed).orElseThrow();
        assertThat(article.origin()).isEqualTo(ContentOrigin.FEED);
        assertThat(article.content().bodyText()).hasSizeGreaterThan(200);
    }

    @Test
    void searchesTheIndexedArticles() {
        DemoArticle any = network.articles().getFirst();
        var hits = newsdesk.index.search(SearchQuery.of("\"" + any.title() + "\""));
        assertThat(hits.hits()).extracting(h -> h.url()).contains(any.url().toString());
    }

    @Test
    void revisesACorrectedArticleAndKeepsItsEarlierText() {
        DemoArticle corrected = network.articles().stream().filter(DemoArticle::correctedAfterFirstRead).findFirst().orElseThrow();
        Article before = stored(corrected).orElseThrow();

        List<RefreshReport> second = newsdesk.sourceService.refreshAll(Progress.NONE);

        Article after = newsdesk.articles.find(before.id()).orElseThrow();
        assertThat(second.stream().mapToInt(RefreshReport::added).sum()).isZero();
        assertThat(second.stream().mapToInt(RefreshReport::updated).sum()).isEqualTo(1);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.content().editorNote()).startsWith("Correction");
        assertThat(after.content().bodyText()).isNotEqualTo(before.content().bodyText());
        assertThat(newsdesk.articles.versions(before.id())).singleElement()
                .satisfies(v -> assertThat(v.content().bodyText()).isEqualTo(before.content().bodyText()));
        assertThat(newsdesk.articles.count()).isEqualTo(network.articleCount());
    }

    @Test
    void servesStatusMetricsAndPages() throws Exception {
        try (HttpServer server = new HttpServer(newsdesk).start("127.0.0.1", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> status = get(client, base + "/api/v1/status");
            assertThat(status.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(status.body()).isEqualTo("{\"sources\":4,\"articles\":" + network.articleCount()
                    + ",\"failingSources\":0,\"queued\":0}");
            assertThat(get(client, base + "/metrics").body()).contains("newsdesk_fetches_total{kind=\"page\"}");
            HttpResponse<String> front = get(client, base + "/");
            assertThat(front.statusCode()).isEqualTo(200);
            assertThat(front.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(front.body()).contains(network.articles().getFirst().title().replace("'", "&#39;"));
        }
    }

    @Test
    void showsHashtagsCategoriesQuotesAndASummaryOnEveryArticleAndStoryPage() throws Exception {
        try (HttpServer server = new HttpServer(newsdesk).start("127.0.0.1", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            List<Article> articles = newsdesk.articles.newest(1000, null);
            assertThat(articles).hasSizeGreaterThan(20);
            var softly = new org.assertj.core.api.SoftAssertions();
            for (Article article : articles) {
                String page = get(client, base + "/articles/" + article.id()).body();
                softly.assertThat(page).as(article.url()).contains("id=\"summary-title\"", "class=\"chip category\"",
                        "class=\"chip\" href=\"/tags/", "id=\"quotes-title\"", "class=\"speaker");
            }
            List<org.newsdesk.domain.StorySummary> stories = newsdesk.storyStore.ranked(1000, 0, 1);
            assertThat(stories).hasSizeGreaterThan(5);
            for (var story : stories) {
                String page = get(client, base + "/stories/" + story.key()).body();
                softly.assertThat(page).as(story.key()).contains("id=\"story-summary-title\"", "class=\"chip category\"",
                        "class=\"chip\" href=\"/tags/", "id=\"story-quotes-title\"", "class=\"speaker");
            }
            softly.assertAll();
        }
    }

    /** The article stored for a demo page, by its own link (copies name the original as their canonical URL). */
    private java.util.Optional<Article> stored(DemoArticle demo) {
        return newsdesk.articles.newest(1000, null).stream().filter(a -> a.url().equals(demo.url().toString())).findFirst();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
