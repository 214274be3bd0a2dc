package org.newsdesk.understand;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.Brief;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "What happened / Why it matters" for a story. With an AI service: written by it from the story's articles. Without
 * one, or when it fails, is slow or answers nonsense: the local version, the story summary and the sentence of the
 * articles that speaks most of consequences, with a notice saying why. Thread-safe.
 */
public final class StoryBrief {

    private static final Logger log = LoggerFactory.getLogger(StoryBrief.class);
    private static final int ANSWER_TOKENS = 500;
    private static final Pattern CONSEQUENCE = Pattern.compile("(?i)\\b(because|means|could|would|will|expected|"
            + "impact|affect\\w*|risk\\w*|first time|largest|biggest|record|threat\\w*|warn\\w*|concern\\w*|matters?)\\b");

    private final @Nullable LlmClient llm;
    private final StorySummarizer summarizer;
    private final StoryText story = StoryText.load();

    /** @param llm the AI service, or null when none is configured */
    public StoryBrief(@Nullable LlmClient llm, StorySummarizer summarizer) {
        this.llm = llm;
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    }

    public Brief brief(List<ArticleContent> articles) {
        if (articles.isEmpty()) throw new IllegalArgumentException("a brief needs at least one article");
        try {
            if (llm == null) throw LlmAnswers.notConfigured();
            String answer = llm.complete(List.of(
                    ChatMessage.system("You write short, neutral news briefs for readers, using only the numbered "
                            + "articles given. Answer with a JSON object and nothing else: {\"what_happened\": \"two or "
                            + "three sentences\", \"why_it_matters\": \"one or two sentences\"}."),
                    ChatMessage.user(LlmAnswers.numbered(articles))), ANSWER_TOKENS).text();
            JsonNode json = LlmAnswers.object(answer);
            return new Brief(LlmAnswers.text(json, "what_happened", 2000), LlmAnswers.text(json, "why_it_matters", 2000),
                    true, null);
        } catch (LlmException e) {
            if (e.reason() != LlmException.Reason.NOT_CONFIGURED) log.warn("story brief: local version reason={} ({})", e.reason(), e.getMessage());
            return local(articles, LlmAnswers.notice(e, "this brief is drawn from the articles themselves"));
        }
    }

    private Brief local(List<ArticleContent> articles, String notice) {
        List<String> summary = summarizer.summarize(articles, 3);
        String why = "";
        for (StoryText.Line line : story.lines(articles, 8, 6)) {
            String s = line.sentence().text();
            if (!summary.contains(ArticleSummarizer.withoutDateline(s)) && CONSEQUENCE.matcher(s).find()) {
                why = ArticleSummarizer.withoutDateline(s);
                break;
            }
        }
        return new Brief(String.join(" ", summary), why, false, notice);
    }
}
