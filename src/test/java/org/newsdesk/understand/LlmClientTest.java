package org.newsdesk.understand;

import org.newsdesk.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LlmClientTest {

    private static final String KEY = "sk-test-secret-0123456789";
    private static final List<ChatMessage> HELLO = List.of(ChatMessage.system("Be brief."), ChatMessage.user("Hello"));

    private static LlmSettings settings(URI base, Duration timeout, int retries, int requests, long tokens) {
        return new LlmSettings(base, "test-model", KEY, timeout, retries, Duration.ofMillis(10), requests, tokens);
    }

    @Test
    void returnsTheAnswerTextAndItsCost() {
        try (FakeChatServer server = new FakeChatServer(n -> FakeChatServer.Reply.text("Hi there."))) {
            LlmClient client = new LlmClient(settings(server.baseUrl(), Duration.ofSeconds(5), 0, 0, 0));

            LlmClient.Completion c = client.complete(HELLO, 50);

            assertThat(c).isEqualTo(new LlmClient.Completion("Hi there.", 120, 30));
            FakeChatServer.Seen request = server.seen().getFirst();
            assertThat(request.authorization()).isEqualTo("Bearer " + KEY);
            assertThat(request.body()).contains("\"model\":\"test-model\"", "\"role\":\"system\"", "\"content\":\"Hello\"",
                    "\"max_tokens\":50");
        }
    }

    @Test
    void saysTheServiceIsUnreachableWhenNothingListens() {
        URI closed;
        try (FakeChatServer server = new FakeChatServer(n -> FakeChatServer.Reply.text("x"))) {
            closed = server.baseUrl();
        }
        LlmClient client = new LlmClient(settings(closed, Duration.ofSeconds(2), 1, 0, 0));

        assertThatThrownBy(() -> client.complete(HELLO, 10)).isInstanceOfSatisfying(LlmException.class, e -> {
            assertThat(e.reason()).isEqualTo(LlmException.Reason.UNREACHABLE);
            assertThat(e.getMessage()).startsWith("could not reach the AI service at " + closed).doesNotContain(KEY);
        });
    }

    @Test
    void givesUpOnASlowServiceAtTheTimeOutWithoutRetrying() {
        try (FakeChatServer server = new FakeChatServer(n -> new FakeChatServer.Reply(200, FakeChatServer.completion("late"), 3000))) {
            LlmClient client = new LlmClient(settings(server.baseUrl(), Duration.ofMillis(300), 2, 0, 0));
            long started = System.nanoTime();

            assertThatThrownBy(() -> client.complete(HELLO, 10)).isInstanceOfSatisfying(LlmException.class, e -> {
                assertThat(e.reason()).isEqualTo(LlmException.Reason.TIMED_OUT);
                assertThat(e.getMessage()).isEqualTo("the AI service did not answer within 300 ms");
            });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
            assertThat(server.seen()).hasSize(1);
        }
    }

    @Test
    void rejectsAnAnswerThatIsNotJson() {
        try (FakeChatServer server = new FakeChatServer(n -> new FakeChatServer.Reply(200, "<html>oops</html>", 0))) {
            LlmClient client = new LlmClient(settings(server.baseUrl(), Duration.ofSeconds(5), 0, 0, 0));

            assertThatThrownBy(() -> client.complete(HELLO, 10)).isInstanceOfSatisfying(LlmException.class, e -> {
                assertThat(e.reason()).isEqualTo(LlmException.Reason.BAD_ANSWER);
                assertThat(e.getMessage()).isEqualTo("the AI service's answer is not JSON");
            });
        }
    }

    @Test
    void rejectsJsonWithoutAnAnswerText() {
        try (FakeChatServer server = new FakeChatServer(n -> new FakeChatServer.Reply(200, "{\"choices\": []}", 0))) {
            LlmClient client = new LlmClient(settings(server.baseUrl(), Duration.ofSeconds(5), 0, 0, 0));

            assertThatThrownBy(() -> client.complete(HELLO, 10)).isInstanceOfSatisfying(LlmException.class,
                    e -> assertThat(e.getMessage()).isEqualTo("the AI service's answer holds no text"));
        }
    }

    @Test
    void retriesABusyServiceThenSucceeds() {
        try (FakeChatServer server = new FakeChatServer(n -> n == 1
                ? new FakeChatServer.Reply(503, "{\"error\": \"overloaded\"}", 0) : FakeChatServer.Reply.text("Back."))) {
            LlmClient client = new LlmClient(settings(server.baseUrl(), Duration.ofSeconds(5), 1, 0, 0));

            assertThat(client.complete(HELLO, 10).text()).isEqualTo("Back.");
            assertThat(server.seen()).hasSize(2);
        }
    }

    @Test
    void doesNotRetryARefusedKeyAndNeverShowsIt() {
        try (FakeChatServer server = new FakeChatServer(n -> new FakeChatServer.Reply(401, "{\"error\": \"bad key " + KEY + "\"}", 0))) {
            LlmClient client = new LlmClient(settings(server.baseUrl(), Duration.ofSeconds(5), 3, 0, 0));

            assertThatThrownBy(() -> client.complete(HELLO, 10)).isInstanceOfSatisfying(LlmException.class, e -> {
                assertThat(e.reason()).isEqualTo(LlmException.Reason.REJECTED);
                assertThat(e.getMessage()).isEqualTo("the AI service refused the key (HTTP 401)");
            });
            assertThat(server.seen()).hasSize(1);
            assertThat(client.settings().toString()).contains("apiKey=(set)").doesNotContain(KEY);
        }
    }

    @Test
    void stopsAtTheDailyRequestBudgetAndStartsAgainTheNextDay() {
        MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
        try (FakeChatServer server = new FakeChatServer(n -> FakeChatServer.Reply.text("ok"))) {
            LlmClient client = new LlmClient(settings(server.baseUrl(), Duration.ofSeconds(5), 0, 2, 0), clock);
            client.complete(HELLO, 10);
            client.complete(HELLO, 10);

            assertThatThrownBy(() -> client.complete(HELLO, 10)).isInstanceOfSatisfying(LlmException.class, e -> {
                assertThat(e.reason()).isEqualTo(LlmException.Reason.BUDGET_EXHAUSTED);
                assertThat(e.getMessage()).isEqualTo("the AI service's budget of 2 requests a day is used up");
            });
            assertThat(server.seen()).hasSize(2);

            clock.advance(Duration.ofHours(25));
            assertThat(client.complete(HELLO, 10).text()).isEqualTo("ok");
        }
    }

    @Test
    void stopsBeforeARequestThatWouldOverrunTheTokenBudget() {
        try (FakeChatServer server = new FakeChatServer(n -> FakeChatServer.Reply.text("ok"))) {
            LlmClient client = new LlmClient(settings(server.baseUrl(), Duration.ofSeconds(5), 0, 0, 500));

            assertThatThrownBy(() -> client.complete(HELLO, 1000)).isInstanceOfSatisfying(LlmException.class,
                    e -> assertThat(e.getMessage()).isEqualTo("the AI service's budget of 500 tokens a day is used up"));
            assertThat(server.seen()).isEmpty();
        }
    }

    @Test
    void refusesSettingsWithoutAnHttpAddress() {
        assertThatThrownBy(() -> LlmSettings.of(URI.create("ftp://example.org"), "m", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the AI service address must start with http:// or https://, was ftp://example.org");
    }
}
