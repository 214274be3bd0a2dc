package org.newsdesk.understand;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where and how to reach an OpenAI-compatible chat completions service (Ollama, llama.cpp server, vLLM, OpenAI).
 *
 * @param baseUrl          the API root, e.g. {@code http://127.0.0.1:11434/v1}; requests go to {@code /chat/completions}
 * @param apiKey           sent as a bearer token when present; never printed (see {@link #toString()})
 * @param timeout          how long one request may take before the reader gets the local version instead
 * @param retries          further attempts after a refused connection or a busy server (429, 502–504)
 * @param backoff          the wait before the first retry, doubled for each next one
 * @param requestsPerDay   the most requests a day; 0 for no limit
 * @param tokensPerDay     the most tokens (prompt and answer) a day; 0 for no limit
 */
public record LlmSettings(URI baseUrl, String model, @Nullable String apiKey, Duration timeout, int retries,
                          Duration backoff, int requestsPerDay, long tokensPerDay) {

    public LlmSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backoff, "backoff");
        String scheme = baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("the AI service address must start with http:// or https://, was " + baseUrl);
        }
        if (model.isBlank()) throw new IllegalArgumentException("the AI model name must not be blank");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (retries < 0 || retries > 5) throw new IllegalArgumentException("retries must be between 0 and 5, was " + retries);
        if (requestsPerDay < 0 || tokensPerDay < 0) throw new IllegalArgumentException("budgets must not be negative");
        if (apiKey != null && apiKey.isBlank()) apiKey = null;
    }

    /** Sensible limits for a service at an address: 60 s, one retry, 500 requests and a million tokens a day. */
    public static LlmSettings of(URI baseUrl, String model, @Nullable String apiKey) {
        return new LlmSettings(baseUrl, model, apiKey, Duration.ofSeconds(60), 1, Duration.ofSeconds(1), 500, 1_000_000);
    }

    @Override
    public String toString() {
        return "LlmSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "(set)")
                + ", timeout=" + timeout + ", retries=" + retries + ", requestsPerDay=" + requestsPerDay
                + ", tokensPerDay=" + tokensPerDay + "]";
    }
}
