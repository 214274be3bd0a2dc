package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Answer;
import org.newsdesk.domain.ArticleContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Ask about this story": answers grounded in the story's articles, citing them as [n]. With an AI service the
 * answer is written by it, and kept only when it cites the articles given; otherwise the local version gives the
 * passages of the articles closest to the question (by sentence embeddings), each with its citation. Thread-safe.
 */
public final class StoryQa {

    private static final Logger log = LoggerFactory.getLogger(StoryQa.class);
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})]");
    private static final Pattern NOT_SAID = Pattern.compile("(?i)(do not|don't|does not|doesn't) (say|mention|tell)");
    private static final int ANSWER_TOKENS = 400;
    private static final int MOST_QUESTION_CHARS = 500;
    private static final float RELEVANT = 0.3f;

    private final @Nullable LlmClient llm;
    private final SentenceEmbedder embedder;
    private final StoryText story = StoryText.load();

    /** @param llm the AI service, or null when none is configured */
    public StoryQa(@Nullable LlmClient llm, SentenceEmbedder embedder) {
        this.llm = llm;
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    public Answer ask(List<ArticleContent> articles, String question) {
        if (articles.isEmpty()) throw new IllegalArgumentException("a question needs at least one article");
        if (question.isBlank()) throw new IllegalArgumentException("the question is empty");
        String q = LlmAnswers.cut(question.strip(), MOST_QUESTION_CHARS);
        try {
            if (llm == null) throw LlmAnswers.notConfigured();
            String answer = llm.complete(List.of(
                    ChatMessage.system("You answer a reader's question about a news story using only the numbered "
                            + "articles given. Cite the article behind every statement as [n]. If the articles do not "
                            + "say, answer that they do not say. At most 120 words."),
                    ChatMessage.user(LlmAnswers.numbered(articles) + "Question: " + q)), ANSWER_TOKENS).text();
            return grounded(answer, articles.size());
        } catch (LlmException e) {
            if (e.reason() != LlmException.Reason.NOT_CONFIGURED) log.warn("story question: local version reason={} ({})", e.reason(), e.getMessage());
            return local(articles, q, LlmAnswers.notice(e, "these are the passages of the articles closest to your question"));
        }
    }

    /** Keeps an answer whose citations point at the articles given, without the ones that do not. */
    private static Answer grounded(String answer, int articles) {
        TreeSet<Integer> cited = new TreeSet<>();
        StringBuilder text = new StringBuilder();
        Matcher m = CITATION.matcher(answer);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= articles) cited.add(n);
            m.appendReplacement(text, n >= 1 && n <= articles ? "[" + n + "]" : "");
        }
        m.appendTail(text);
        String clean = text.toString().replaceAll(" {2,}", " ").strip();
        if (cited.isEmpty() && !NOT_SAID.matcher(clean).find()) throw LlmAnswers.bad("cites none of the articles");
        return new Answer(clean, List.copyOf(cited), true, null);
    }

    private Answer local(List<ArticleContent> articles, String question, String notice) {
        List<StoryText.Line> lines = story.lines(articles, 10, 8);
        if (lines.isEmpty()) return new Answer("The articles do not say.", List.of(), false, notice);
        List<String> texts = new ArrayList<>();
        texts.add(question);
        for (StoryText.Line l : lines) texts.add(l.sentence().text());
        List<float[]> vectors = embedder.embedAll(texts, 32);
        List<Integer> best = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (SentenceEmbedder.cosine(vectors.getFirst(), vectors.get(i + 1)) >= RELEVANT) best.add(i);
        }
        best.sort(Comparator.comparingDouble(i -> -SentenceEmbedder.cosine(vectors.getFirst(), vectors.get(i + 1))));
        if (best.isEmpty()) return new Answer("The articles do not seem to say.", List.of(), false, notice);
        StringBuilder text = new StringBuilder();
        TreeSet<Integer> cited = new TreeSet<>();
        for (int i : best.subList(0, Math.min(3, best.size()))) {
            StoryText.Line l = lines.get(i);
            if (!text.isEmpty()) text.append(' ');
            text.append(ArticleSummarizer.withoutDateline(l.sentence().text())).append(" [").append(l.article() + 1).append(']');
            cited.add(l.article() + 1);
        }
        return new Answer(text.toString(), List.copyOf(cited), false, notice);
    }
}
