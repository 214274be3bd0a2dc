package org.newsdesk.api.fever;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * A Fever client as FeedMe and Fluent Reader call the API: {@code POST /api/fever?api&<what>} with the api_key,
 * md5("name:password"), in a URL-encoded body (or, as some apps do, a multipart body or the query string).
 */
final class FeverClient {
    /** Where the api_key travels. */
    enum KeyIn { FORM, MULTIPART, QUERY }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String endpoint;
    private final String apiKey;
    private final KeyIn keyIn;

    FeverClient(String serverUrl, String name, String password, KeyIn keyIn) {
        this(serverUrl, "/api/fever", name, password, keyIn);
    }

    /** @param path where the app was told the API is, like FreshRSS's {@code /api/fever.php} */
    FeverClient(String serverUrl, String path, String name, String password, KeyIn keyIn) {
        this.endpoint = serverUrl + path;
        this.apiKey = md5(name + ":" + password);
        this.keyIn = keyIn;
    }

    /** Calls with a query like {@code "items&since_id=0"}; answers the JSON. */
    JsonNode call(String query) {
        String q = "?api" + (query.isEmpty() ? "" : "&" + query);
        HttpRequest.Builder request = switch (keyIn) {
            case FORM -> HttpRequest.newBuilder(URI.create(endpoint + q))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("api_key=" + apiKey));
            case MULTIPART -> multipart(HttpRequest.newBuilder(URI.create(endpoint + q)));
            case QUERY -> HttpRequest.newBuilder(URI.create(endpoint + q + "&api_key=" + apiKey)).GET();
        };
        try {
            HttpResponse<String> response = http.send(request.header("User-Agent", "FeedMe").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A comma-separated id list as a list of numbers. */
    static List<Long> ids(JsonNode commaSeparated) {
        String text = commaSeparated.asText();
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Long::parseLong).toList();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder multipart(HttpRequest.Builder builder) {
        String boundary = "----FeverBoundary7MA4YWxkTrZu0gW";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"api_key\"\r\n\r\n" + apiKey
                + "\r\n--" + boundary + "--\r\n";
        return builder.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static String md5(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
