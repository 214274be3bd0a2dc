package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.StorySummary;
import org.newsdesk.understand.FakeChatServer;

/** The AI features on the story and article pages, with an OpenAI-protocol service of ours, and without it. */
class AiFeaturesTest {

    @TempDir
    Path folder;

    @Test
    void showsTheServicesBriefAnswerAndTranslationAndTheLocalVersionsWhenItIsDown() {
        try (FakeChatServer ai = new FakeChatServer(n -> FakeChatServer.Reply.text(reply(n)));
             DemoSite site = new DemoSite(folder, ai.baseUrl().toString())) {
            List<StorySummary> stories = site.newsdesk.storyStore.ranked(10, 0, 2);
            String first = stories.get(0).key();

            String page = site.get("/stories/" + first).body();
            assertThat(page).contains("Why it matters").contains(BRIEF_WHY);
            String answer = site.get("/stories/" + first + "/ask?q=" + URLEncoder.encode("What happened?", StandardCharsets.UTF_8)).body();
            assertThat(answer).contains("It happened as reported. <a href=\"/articles/");
            String translated = site.get("/articles/" + stories.get(0).leadArticleId() + "/translate?lang=fr").body();
            assertThat(translated).contains("Titre traduit").contains("Translated into French");
            assertThat(ai.seen()).allSatisfy(seen -> assertThat(seen.authorization()).isEqualTo("Bearer secret-key"));

            ai.close();
            String fallback = site.get("/stories/" + stories.get(1).key()).body();
            assertThat(fallback).contains("What happened").contains("class=\"ai-notice\"").doesNotContain(BRIEF_WHY);
            String localAnswer = site.get("/stories/" + first + "/ask?q=what").body();
            assertThat(localAnswer).contains("class=\"ai-notice\"");
        }
    }

    private static final String BRIEF_WHY = "It changes the week for readers everywhere.";

    /** Answers like a chat model would, by the kind of request (the n-th of the run). */
    private static String reply(int n) {
        // The fake numbers requests from 1, in order: brief, answer, translation.
        return switch (n) {
            case 1 -> "{\"what_happened\": \"Something happened.\", \"why_it_matters\": \"" + BRIEF_WHY + "\"}";
            case 2 -> "It happened as reported. [1]";
            default -> "{\"title\": \"Titre traduit\", \"paragraphs\": [\"Un paragraphe.\"]}";
        };
    }
}
