package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Summarises one article from its own sentences with the MiniLM embeddings: each candidate is scored for
 * centrality (closeness to the other candidates and to the title) and for coming early, then picked greedily while
 * it adds something the chosen ones do not say (maximal marginal relevance). The same vectors give the article's
 * embedding: the centroid of its title and candidates. Thread-safe.
 */
final class ArticleSummarizer {

    /** A summary and the article embedding made from the same vectors. */
    record Result(List<String> summary, float[] embedding) {
    }

    static final float REDUNDANT = 0.85f;
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{Lu}.'’-]+(?:[ ,]+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:\\s*\\([^)]{1,40}\\))?\\s*[-–—:]\\s+");
    private static final double DIVERSITY = 0.5;

    private final SentenceEmbedder embedder;
    private final Candidates candidates;
    private final Understanding.Settings settings;

    ArticleSummarizer(SentenceEmbedder embedder, Candidates candidates, Understanding.Settings settings) {
        this.embedder = embedder;
        this.candidates = candidates;
        this.settings = settings;
    }

    Result summarize(ArticleText text) {
        List<Sentence> picked = candidates.best(text, settings.embeddedSentences());
        List<String> texts = new ArrayList<>();
        boolean hasTitle = !text.title().isBlank();
        if (hasTitle) texts.add(text.title());
        for (Sentence s : picked) texts.add(s.text());
        if (texts.isEmpty()) return new Result(List.of(), new float[0]);
        List<float[]> vectors = embedder.embedAll(texts, settings.tokensPerSentence());
        float[] embedding = SentenceEmbedder.centroid(vectors);
        float[] title = hasTitle ? vectors.getFirst() : embedding;
        List<float[]> sentenceVectors = vectors.subList(hasTitle ? 1 : 0, vectors.size());
        List<Integer> chosen = choose(picked, sentenceVectors, title, settings.summarySentences());
        List<String> summary = chosen.stream().sorted().map(i -> withoutDateline(picked.get(i).text())).toList();
        return new Result(summary, embedding);
    }

    /** "WASHINGTON (Reuters) - Scientists said …" → "Scientists said …". */
    static String withoutDateline(String sentence) {
        String s = DATELINE.matcher(sentence).replaceFirst("");
        return s.isEmpty() ? sentence : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Indexes of the sentences chosen, by centrality and position, skipping ones that repeat a chosen one. */
    static List<Integer> choose(List<Sentence> sentences, List<float[]> vectors, float[] title, int count) {
        int n = sentences.size();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            double centrality = 0;
            for (int j = 0; j < n; j++) if (j != i) centrality += SentenceEmbedder.cosine(vectors.get(i), vectors.get(j));
            centrality = n > 1 ? centrality / (n - 1) : 0;
            double prior = 1.0 / (1 + 0.5 * i);
            double penalty = Candidates.dangling(sentences.get(i)) ? 0.15 : 0;
            score[i] = 0.4 * centrality + 0.4 * SentenceEmbedder.cosine(vectors.get(i), title) + 0.2 * prior - penalty;
        }
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(count, n)) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (chosen.contains(i)) continue;
                double closest = 0;
                for (int c : chosen) closest = Math.max(closest, SentenceEmbedder.cosine(vectors.get(i), vectors.get(c)));
                if (closest > REDUNDANT) continue;
                double value = score[i] - DIVERSITY * closest;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) break;
            chosen.add(best);
        }
        chosen.sort(Comparator.naturalOrder());
        return chosen;
    }
}
