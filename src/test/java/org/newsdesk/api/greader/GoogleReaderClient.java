package org.newsdesk.api.greader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A Google Reader client as NetNewsWire, Reeder and Read You talk to the API: ClientLogin with a form post, then
 * {@code Authorization: GoogleLogin auth=…} on every call, JSON output, repeated parameters for ids, and the edit
 * token {@code T} on posts.
 */
final class GoogleReaderClient {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A parameter; repeated names are sent repeatedly, as the apps do for {@code i}. */
    record Param(String name, String value) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private @Nullable String auth;
    private @Nullable String editToken;

    GoogleReaderClient(String serverUrl) {
        this(serverUrl, "/api/greader");
    }

    /** @param apiPath where the app was told the API is, like FreshRSS's {@code /api/greader.php} */
    GoogleReaderClient(String serverUrl, String apiPath) {
        this.base = serverUrl + apiPath;
    }

    /** Signs in; returns the HTTP status (200, or 401 for bad credentials). */
    HttpResponse<String> clientLogin(String name, String password) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/accounts/ClientLogin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(List.of(new Param("Email", name),
                        new Param("Passwd", password))))));
        if (response.statusCode() == 200) {
            for (String line : response.body().split("\n")) if (line.startsWith("Auth=")) auth = line.substring(5);
        }
        return response;
    }

    GoogleReaderClient signIn(String name, String password) {
        HttpResponse<String> response = clientLogin(name, password);
        if (response.statusCode() != 200) throw new AssertionError("sign-in failed: " + response.body());
        editToken = get("/reader/api/0/token").body();
        return this;
    }

    void useAuth(@Nullable String token) {
        this.auth = token;
    }

    void useEditToken(@Nullable String token) {
        this.editToken = token;
    }

    @Nullable String auth() {
        return auth;
    }

    HttpResponse<String> get(String path, Param... params) {
        String query = params.length == 0 ? "" : "?" + form(List.of(params));
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path + query))).GET());
    }

    JsonNode getJson(String path, Param... params) {
        List<Param> all = new ArrayList<>(List.of(params));
        all.add(new Param("output", "json"));
        return json(get(path, all.toArray(Param[]::new)));
    }

    /** A form post with the edit token added, as the apps post edits. */
    HttpResponse<String> post(String path, List<Param> params) {
        List<Param> all = new ArrayList<>(params);
        if (editToken != null) all.add(new Param("T", editToken));
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(all))));
    }

    HttpResponse<String> postBody(String path, String contentType, String body) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    JsonNode postJson(String path, List<Param> params) {
        return json(post(path, params));
    }

    /** Every item id of a stream, page by page, as NetNewsWire fetches ids (1,000 a page). */
    List<Long> allIds(String stream, Param... filters) {
        List<Long> ids = new ArrayList<>();
        String continuation = null;
        do {
            List<Param> params = new ArrayList<>(List.of(filters));
            params.add(new Param("s", stream));
            params.add(new Param("n", "1000"));
            if (continuation != null) params.add(new Param("c", continuation));
            JsonNode page = getJson("/reader/api/0/stream/items/ids", params.toArray(Param[]::new));
            for (JsonNode ref : page.get("itemRefs")) ids.add(Long.parseLong(ref.get("id").asText()));
            continuation = page.has("continuation") ? page.get("continuation").asText() : null;
        } while (continuation != null);
        return ids;
    }

    /** The items of ids, asked for in one post with repeated {@code i}, in the form given. */
    JsonNode contents(List<String> itemIds) {
        return postJson("/reader/api/0/stream/items/contents", itemIds.stream().map(i -> new Param("i", i)).toList());
    }

    static Param p(String name, String value) {
        return new Param(name, value);
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder builder) {
        if (auth != null) builder.header("Authorization", "GoogleLogin auth=" + auth);
        return builder.header("User-Agent", "NetNewsWire (RSS Reader; https://netnewswire.com/)");
    }

    private JsonNode json(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String form(List<Param> params) {
        return params.stream().map(p -> encode(p.name()) + "=" + encode(p.value())).collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
