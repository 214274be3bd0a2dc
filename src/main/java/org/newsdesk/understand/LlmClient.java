package org.newsdesk.understand;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small client for OpenAI-compatible chat completions ({@code POST {baseUrl}/chat/completions}) over
 * {@code java.net.http}: one time-out per request, retries with doubling waits when the service is unreachable or
 * busy (never after a time-out: the reader is already waiting), and a daily budget of requests and tokens. The key
 * travels only in the Authorization header; it is never logged nor put in a message. Thread-safe.
 */
public final class LlmClient {

    /** What the service answered and what it cost. */
    public record Completion(String text, long promptTokens, long answerTokens) {
    }

    private static final Logger log = LoggerFactory.getLogger(LlmClient.class);
    private static final Set<Integer> BUSY = Set.of(429, 500, 502, 503, 504);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlmSettings settings;
    private final HttpClient http;
    private final LlmBudget budget;
    private final URI endpoint;

    public LlmClient(LlmSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public LlmClient(LlmSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.budget = new LlmBudget(settings.requestsPerDay(), settings.tokensPerDay(), clock);
        String base = settings.baseUrl().toString();
        this.endpoint = URI.create((base.endsWith("/") ? base : base + "/") + "chat/completions");
    }

    public LlmSettings settings() {
        return settings;
    }

    /**
     * Asks the service to continue a chat.
     *
     * @param maxTokens the longest answer wanted, in tokens
     * @throws LlmException when no usable answer comes, with the reason
     */
    public Completion complete(List<ChatMessage> messages, int maxTokens) {
        if (messages.isEmpty()) throw new IllegalArgumentException("a chat needs at least one message");
        if (maxTokens < 1) throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
        String body = body(messages, maxTokens);
        long estimate = body.length() / 4 + maxTokens;
        budget.reserve(estimate);
        Completion c = null;
        try {
            c = send(body);
            return c;
        } finally {
            budget.settle(estimate, c == null ? estimate : c.promptTokens() + c.answerTokens());
        }
    }

    private Completion send(String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(settings.timeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (settings.apiKey() != null) request.header("Authorization", "Bearer " + settings.apiKey());
        LlmException last = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (attempt > 0) pause(attempt);
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                log.debug("llm request model={} status={} duration_ms={}", settings.model(), response.statusCode(),
                        (System.nanoTime() - started) / 1_000_000);
                int status = response.statusCode();
                if (status / 100 == 2) return parse(response.body());
                last = refusal(status);
                if (!BUSY.contains(status)) throw last;
            } catch (HttpConnectTimeoutException e) {
                last = new LlmException(LlmException.Reason.UNREACHABLE, "could not connect to the AI service at "
                        + settings.baseUrl() + " within " + seconds(), e);
            } catch (HttpTimeoutException e) {
                throw new LlmException(LlmException.Reason.TIMED_OUT, "the AI service did not answer within " + seconds(), e);
            } catch (IOException e) {
                last = new LlmException(LlmException.Reason.UNREACHABLE, "could not reach the AI service at "
                        + settings.baseUrl() + " (" + e.getClass().getSimpleName() + ")", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmException(LlmException.Reason.UNREACHABLE, "interrupted while waiting for the AI service", e);
            }
        }
        throw Objects.requireNonNull(last);
    }

    private LlmException refusal(int status) {
        if (status == 401 || status == 403) {
            return new LlmException(LlmException.Reason.REJECTED, "the AI service refused the key (HTTP " + status + ")");
        }
        if (BUSY.contains(status)) {
            return new LlmException(LlmException.Reason.FAILED, "the AI service is busy or failing (HTTP " + status + ")");
        }
        return new LlmException(LlmException.Reason.REJECTED, "the AI service refused the request (HTTP " + status
                + "); check the model name " + settings.model());
    }

    private String body(List<ChatMessage> messages, int maxTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", settings.model());
        ArrayNode list = root.putArray("messages");
        for (ChatMessage m : messages) {
            list.addObject().put("role", m.role().name().toLowerCase(Locale.ROOT)).put("content", m.content());
        }
        root.put("max_tokens", maxTokens);
        root.put("temperature", 0.2);
        root.put("stream", false);
        return root.toString();
    }

    private static Completion parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new LlmException(LlmException.Reason.BAD_ANSWER, "the AI service's answer is not JSON", e);
        }
        JsonNode content = root == null ? null : root.path("choices").path(0).path("message").path("content");
        if (content == null || !content.isTextual() || content.asText().isBlank()) {
            throw new LlmException(LlmException.Reason.BAD_ANSWER, "the AI service's answer holds no text");
        }
        JsonNode usage = root.path("usage");
        return new Completion(content.asText().strip(), usage.path("prompt_tokens").asLong(0),
                usage.path("completion_tokens").asLong(0));
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(settings.backoff().multipliedBy(1L << (attempt - 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Reason.UNREACHABLE, "interrupted while waiting to retry the AI service", e);
        }
    }

    private String seconds() {
        long ms = settings.timeout().toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
