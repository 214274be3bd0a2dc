package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.understand.StoryText.Line;

/**
 * Summarises a story from all its articles: each article's best few sentences are embedded together, and the summary
 * takes the sentences closest to the story as a whole and most echoed by the other sources, skipping any that
 * repeats one already taken (wire copies say the same thing in many places). Sentences come out in the order of
 * their articles' publication, then of the text. Thread-safe.
 */
public final class StorySummarizer {

    private static final int PER_ARTICLE = 4;
    private static final int MOST_ARTICLES = 12;
    private static final int TOKENS = 24;
    private static final float ECHO = 0.6f;

    private final SentenceEmbedder embedder;
    private final StoryText story = StoryText.load();

    public StorySummarizer(SentenceEmbedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    /** Up to {@code sentences} sentences summing up the story; empty for no articles. */
    public List<String> summarize(List<ArticleContent> articles, int sentences) {
        if (sentences < 1) throw new IllegalArgumentException("sentences must be at least 1, was " + sentences);
        List<Line> lines = story.lines(articles, PER_ARTICLE, MOST_ARTICLES);
        if (lines.isEmpty()) return List.of();
        List<float[]> vectors = embedder.embedAll(lines.stream().map(l -> l.sentence().text()).toList(), TOKENS);
        float[] story = SentenceEmbedder.centroid(vectors);
        List<Integer> chosen = choose(lines, vectors, story, sentences);
        return chosen.stream().map(lines::get)
                .sorted(Comparator.comparing(Line::published).thenComparingInt(Line::article)
                        .thenComparingInt(l -> l.sentence().index()))
                .map(l -> ArticleSummarizer.withoutDateline(l.sentence().text())).toList();
    }

    private static List<Integer> choose(List<Line> lines, List<float[]> vectors, float[] story, int count) {
        int n = lines.size();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            int echoes = 0;
            for (int j = 0; j < n; j++) {
                if (lines.get(j).article() != lines.get(i).article() && SentenceEmbedder.cosine(vectors.get(i), vectors.get(j)) > ECHO) echoes++;
            }
            double lead = 1.0 / (1 + 0.5 * lines.get(i).sentence().index());
            double dangling = Candidates.dangling(lines.get(i).sentence()) ? 0.15 : 0;
            score[i] = 0.5 * SentenceEmbedder.cosine(vectors.get(i), story) + 0.1 * Math.min(3, echoes) + 0.15 * lead - dangling;
        }
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(count, n)) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (chosen.contains(i) || redundant(i, chosen, vectors)) continue;
                if (best < 0 || score[i] > score[best]) best = i;
            }
            if (best < 0) break;
            chosen.add(best);
        }
        return chosen;
    }

    private static boolean redundant(int i, List<Integer> chosen, List<float[]> vectors) {
        for (int c : chosen) if (SentenceEmbedder.cosine(vectors.get(i), vectors.get(c)) > ArticleSummarizer.REDUNDANT - 0.1f) return true;
        return false;
    }
}
