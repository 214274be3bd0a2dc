package org.newsdesk.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Answer;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.Brief;
import org.newsdesk.domain.Translation;

/** The AI features against an OpenAI-protocol server of ours, and their local versions when it lets them down. */
class LlmFeaturesTest {

    private static final SentenceEmbedder embedder = TestModels.embedder();
    private static final StorySummarizer summarizer = new StorySummarizer(embedder);
    private static final List<ArticleContent> STORY = List.of(Articles.FERRY, Articles.FERRY_WIRE);

    private static LlmClient client(FakeChatServer server, Duration timeout, int requestsPerDay) {
        return new LlmClient(new LlmSettings(server.baseUrl(), "test-model", "key", timeout, 0, Duration.ofMillis(10),
                requestsPerDay, 0));
    }

    @Test
    void writesTheBriefTheServiceGives() {
        String json = "```json\n{\"what_happened\": \"Ferry crews struck.\", \"why_it_matters\": \"The island depends on them.\"}\n```";
        try (FakeChatServer server = new FakeChatServer(n -> FakeChatServer.Reply.text(json))) {
            Brief brief = new StoryBrief(client(server, Duration.ofSeconds(5), 0), summarizer).brief(STORY);

            assertThat(brief).isEqualTo(new Brief("Ferry crews struck.", "The island depends on them.", true, null));
            assertThat(server.seen().getFirst().body()).contains("[1] Ferry workers walk out", "[2] Island cut off");
        }
    }

    @Test
    void briefsLocallyWithANoticeWhenNoServiceIsConfigured() {
        Brief brief = new StoryBrief(null, summarizer).brief(STORY);

        assertThat(brief.generated()).isFalse();
        assertThat(brief.notice()).isEqualTo("No AI service is configured; this brief is drawn from the articles themselves.");
        assertThat(brief.whatHappened()).contains("Ferry services between Port Avalon and Gull Island were suspended");
        assertThat(brief.whyItMatters()).isEqualTo(
                "The strike could cost the island's shops thousands of pounds a day because most deliveries come by ferry.");
    }

    @Test
    void briefsLocallyWhenTheServiceAnswersGarbage() {
        try (FakeChatServer server = new FakeChatServer(n -> FakeChatServer.Reply.text("Sure! Here is a brief: the ferries stopped."))) {
            Brief brief = new StoryBrief(client(server, Duration.ofSeconds(5), 0), summarizer).brief(STORY);

            assertThat(brief.generated()).isFalse();
            assertThat(brief.notice()).isEqualTo("The AI service's answer could not be used; this brief is drawn from the articles themselves.");
        }
    }

    @Test
    void briefsLocallyWhenTheServiceIsSlow() {
        try (FakeChatServer server = new FakeChatServer(n -> new FakeChatServer.Reply(200, FakeChatServer.completion("{}"), 3000))) {
            Brief brief = new StoryBrief(client(server, Duration.ofMillis(300), 0), summarizer).brief(STORY);

            assertThat(brief.notice()).isEqualTo("The AI service took too long to answer; this brief is drawn from the articles themselves.");
        }
    }

    @Test
    void answersWithTheServiceCitationsAndDropsCitationsOfArticlesNotGiven() {
        String text = "Crews walked out over pay and rest periods [1], and the company offered 4 percent [2][7].";
        try (FakeChatServer server = new FakeChatServer(n -> FakeChatServer.Reply.text(text))) {
            Answer answer = new StoryQa(client(server, Duration.ofSeconds(5), 0), embedder).ask(STORY, "Why did they strike?");

            assertThat(answer).isEqualTo(new Answer(
                    "Crews walked out over pay and rest periods [1], and the company offered 4 percent [2].", List.of(1, 2), true, null));
            assertThat(server.seen().getFirst().body()).contains("Question: Why did they strike?");
        }
    }

    @Test
    void answersLocallyWhenTheServiceCitesNothing() {
        try (FakeChatServer server = new FakeChatServer(n -> FakeChatServer.Reply.text("Because of pay."))) {
            Answer answer = new StoryQa(client(server, Duration.ofSeconds(5), 0), embedder).ask(STORY, "Why did the crews strike?");

            assertThat(answer.generated()).isFalse();
            assertThat(answer.notice()).isEqualTo("The AI service's answer could not be used; these are the passages of the articles"
                    + " closest to your question.");
            assertThat(answer.text()).contains("broke down late on Sunday over pay and rest periods. [1]");
            assertThat(answer.citations()).contains(1);
        }
    }

    @Test
    void answersLocallyWhenTheServiceIsDown() {
        java.net.URI closed;
        try (FakeChatServer server = new FakeChatServer(n -> FakeChatServer.Reply.text("x"))) {
            closed = server.baseUrl();
        }
        LlmClient down = new LlmClient(new LlmSettings(closed, "m", null, Duration.ofSeconds(2), 0, Duration.ofMillis(10), 0, 0));

        Answer answer = new StoryQa(down, embedder).ask(STORY, "What did the company offer?");

        assertThat(answer.notice()).startsWith("The AI service could not be reached;");
        assertThat(answer.text()).startsWith("The company said it had offered a raise of 4 percent and was ready to return to talks with the union. [2]");
    }

    @Test
    void translatesWithTheService() {
        String json = "{\"title\": \"Grève des ferries\", \"paragraphs\": [\"Les services sont suspendus.\", \"Le syndicat a parlé.\"]}";
        try (FakeChatServer server = new FakeChatServer(n -> FakeChatServer.Reply.text(json))) {
            Translation t = new Translator(client(server, Duration.ofSeconds(5), 0)).translate(Articles.FERRY, "fr");

            assertThat(t).isEqualTo(new Translation("fr", "Grève des ferries",
                    List.of("Les services sont suspendus.", "Le syndicat a parlé."), true, null));
            assertThat(server.seen().getFirst().body()).contains("into French");
        }
    }

    @Test
    void showsTheOriginalWhenTheBudgetIsUsedUp() {
        String json = "{\"title\": \"T\", \"paragraphs\": [\"P\"]}";
        try (FakeChatServer server = new FakeChatServer(n -> FakeChatServer.Reply.text(json))) {
            Translator translator = new Translator(client(server, Duration.ofSeconds(5), 1));
            translator.translate(Articles.FERRY, "de");

            Translation t = translator.translate(Articles.FERRY, "es");

            assertThat(t.generated()).isFalse();
            assertThat(t.language()).isEqualTo("en");
            assertThat(t.title()).isEqualTo(Articles.FERRY.title());
            assertThat(t.paragraphs()).hasSize(4);
            assertThat(t.notice()).isEqualTo("Today's budget for the AI service is used up; showing the original in English.");
            assertThat(server.seen()).hasSize(1);
        }
    }

    @Test
    void doesNotTranslateAnArticleAlreadyInTheReadersLanguage() {
        try (FakeChatServer server = new FakeChatServer(n -> FakeChatServer.Reply.text("{}"))) {
            Translation t = new Translator(client(server, Duration.ofSeconds(5), 0)).translate(Articles.FERRY, "en-GB");

            assertThat(t.generated()).isFalse();
            assertThat(t.notice()).isNull();
            assertThat(server.seen()).isEmpty();
        }
    }
}
