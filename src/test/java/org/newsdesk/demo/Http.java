package org.newsdesk.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A plain HTTP client for the tests: real requests to the network on 127.0.0.1. */
final class Http {
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<byte[]> get(URI url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET();
        if (headers.length > 0) request.headers(headers);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int head(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String text(URI url) {
        HttpResponse<byte[]> response = get(url);
        if (response.statusCode() != 200) throw new IllegalStateException(url + " answered " + response.statusCode());
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
