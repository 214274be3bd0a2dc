package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of the JSON API against the ingested demo network, with its errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiTest {

    @TempDir
    static Path folder;

    private final ObjectMapper mapper = new ObjectMapper();
    private DemoSite site;

    @BeforeAll
    void start() {
        site = new DemoSite(folder);
    }

    @AfterAll
    void stop() {
        site.close();
    }

    private JsonNode json(HttpResponse<String> response) {
        try {
            return mapper.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private JsonNode ok(String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return json(response);
    }

    private void assertError(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).contains(message);
    }

    @Test
    void pagesThroughEveryArticleWithCursorsWithoutRepeats() {
        Set<Long> ids = new HashSet<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = ok("/api/v1/articles?limit=7" + (next == null ? "" : "&cursor=" + next));
            page.get("items").forEach(item -> assertThat(ids.add(item.get("id").asLong())).isTrue());
            next = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (next != null);
        assertThat(ids).hasSize(site.network.articleCount());
        assertThat(pages).isEqualTo(6);
    }

    @Test
    void filtersArticlesByCategorySourceAndTag() {
        JsonNode bySource = ok("/api/v1/articles?source=1&limit=100");
        assertThat(bySource.get("items")).hasSize(10).allSatisfy(a -> assertThat(a.get("sourceId").asLong()).isEqualTo(1));
        String category = ok("/api/v1/categories").get("items").get(0).get("label").asText();
        long count = ok("/api/v1/categories").get("items").get(0).get("count").asLong();
        assertThat(ok("/api/v1/articles?limit=100&category=" + category.toUpperCase().replace(" ", "%20")).get("items")).hasSize((int) count);
        assertThat(ok("/api/v1/tags").get("items")).isNotEmpty();
    }

    @Test
    void showsOneArticleWithItsBodyAndAnswers304ToItsETag() {
        HttpResponse<String> first = site.get("/api/v1/articles/1");
        JsonNode article = json(first);
        assertThat(article.get("bodyHtml").asText()).startsWith("<");
        assertThat(article.get("bodyText").asText()).isNotBlank();
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = site.get("/api/v1/articles/1", "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void listsTheEarlierVersionsOfAnArticle() {
        JsonNode versions = ok("/api/v1/articles/1/versions");
        assertThat(versions.get("items")).isEmpty();
        assertError(site.get("/api/v1/articles/999999/versions"), 404, "there is no article 999999");
    }

    @Test
    void answersMissingAndMalformedRequestsWithJsonErrors() {
        assertError(site.get("/api/v1/articles/999999"), 404, "there is no article 999999");
        assertError(site.get("/api/v1/articles/abc"), 400, "");
        assertError(site.get("/api/v1/articles?limit=1000"), 400, "");
        assertError(site.get("/api/v1/articles?cursor=nonsense"), 400, "cursor \"nonsense\" is not one this API gave");
        assertError(site.get("/api/v1/search?q=x&sort=sideways"), 400, "sort must be relevance, newest or oldest");
        assertError(site.get("/api/v1/nowhere"), 404, "There is no page at /api/v1/nowhere");
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it changes the sources the other tests count on
    void listsShowsAddsRefreshesAndRemovesSources() {
        JsonNode sources = ok("/api/v1/sources");
        assertThat(sources.get("items")).hasSize(4);
        assertThat(ok("/api/v1/sources/1").get("state").asText()).isEqualTo("ok");

        String feed = sources.get("items").get(0).get("feedUrl").asText();
        HttpResponse<String> duplicate = post("/api/v1/sources", "{\"url\": \"" + feed + "\"}");
        assertError(duplicate, 409, "already subscribed");

        HttpResponse<String> notJson = site.send(site.request("/api/v1/sources")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("url=x")).build());
        assertError(notJson, 400, "send the request body as JSON");
        assertError(post("/api/v1/sources", "{}"), 400, "give the feed or site address as \"url\"");
        assertError(post("/api/v1/sources", "{\"url\": \"" + site.network.baseUrl() + "robots.txt\"}"), 422, "not a feed");

        HttpResponse<String> refresh = post("/api/v1/sources/2/refresh", "{}");
        assertThat(refresh.statusCode()).isEqualTo(202);
        assertThat(json(refresh).get("queued").asBoolean()).isTrue();

        int articlesBefore = ok("/api/v1/status").get("articles").asInt();
        HttpResponse<String> removed = site.send(site.request("/api/v1/sources/4").DELETE().build());
        assertThat(removed.statusCode()).isEqualTo(204);
        assertError(site.get("/api/v1/sources/4"), 404, "there is no source 4");
        assertThat(ok("/api/v1/status").get("articles").asInt()).isEqualTo(articlesBefore - 10);

        HttpResponse<String> added = post("/api/v1/sources", "{\"url\": \"" + site.network.subscriptions().get(3) + "\", \"category\": \"Local\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/sources/"));
        assertThat(json(added).get("category").asText()).isEqualTo("Local");
    }

    @Test
    void searchesWithFacetsSortingAndSuggestions() {
        JsonNode result = ok("/api/v1/search?q=earthquake&limit=50");
        assertThat(result.get("total").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(result.get("totalExact").asBoolean()).as("a small corpus is counted exactly").isTrue();
        assertThat(result.get("items").get(0).get("snippetHtml").asText()).containsIgnoringCase("<mark>");
        JsonNode sourceFacet = result.get("facets").get("source");
        assertThat(sourceFacet).isNotEmpty();
        String sourceId = sourceFacet.get(0).get("value").asText();
        long sourceCount = sourceFacet.get(0).get("count").asLong();
        assertThat(sourceFacet.get(0).get("exact").asBoolean()).isTrue();

        JsonNode narrowed = ok("/api/v1/search?q=earthquake&limit=50&source=" + sourceId);
        assertThat(narrowed.get("total").asLong()).isEqualTo(sourceCount);

        JsonNode newest = ok("/api/v1/search?q=earthquake&sort=newest&limit=50");
        List<String> times = new ArrayList<>();
        newest.get("items").forEach(i -> times.add(i.get("shownAt").asText()));
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));

        JsonNode misspelt = ok("/api/v1/search?q=earthquaek");
        assertThat(misspelt.get("total").asInt()).isZero();
        assertThat(misspelt.get("suggestions").toString()).contains("earthquake");
    }

    @Test
    void ranksStoriesAndShowsOneWithItsArticlesAndCopies() {
        JsonNode ranked = ok("/api/v1/stories?min=2&limit=50");
        assertThat(ranked.get("items")).isNotEmpty();
        JsonNode top = ranked.get("items").get(0);
        assertThat(top.get("sources").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode story = ok("/api/v1/stories/" + top.get("key").asText());
        assertThat(story.get("title").asText()).isEqualTo(top.get("title").asText());
        assertThat(story.get("articles")).hasSize(top.get("articles").asInt());
        long copies = 0;
        for (JsonNode item : ranked.get("items")) {
            for (JsonNode a : ok("/api/v1/stories/" + item.get("key").asText()).get("articles")) if (!a.get("copyOf").isNull()) copies++;
        }
        assertThat(copies).isEqualTo(3); // the wire story's three republications
        assertError(site.get("/api/v1/stories/nope"), 404, "there is no story nope");
    }

    @Test
    void describesItselfInOpenApi() {
        JsonNode doc = ok("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/v1/stories", "/api/v1/stories/{key}", "/api/v1/status", "/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/sources",
                "/api/v1/sources/{id}", "/api/v1/sources/{id}/refresh", "/api/v1/categories", "/api/v1/tags", "/api/v1/search");
    }

    private HttpResponse<String> post(String path, String body) {
        return site.send(site.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
