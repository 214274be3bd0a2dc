package org.newsdesk.cluster;

import java.time.Duration;
import java.util.Objects;

/**
 * How the clusterer decides and how much it remembers, in four parts. {@link #defaults()} holds the values tuned
 * on news data (docs/BENCHMARKS.md, "Clustering"); the rest exist so the benchmarks can explore them. Immutable.
 */
public record ClusterSettings(Copies copies, Similarity similarity, Decisions decisions, Limits limits) {

    public ClusterSettings {
        Objects.requireNonNull(copies, "copies");
        Objects.requireNonNull(similarity, "similarity");
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(limits, "limits");
    }

    public static ClusterSettings defaults() {
        return new ClusterSettings(Copies.defaults(), Similarity.defaults(), Decisions.defaults(), Limits.defaults());
    }

    public ClusterSettings with(Similarity other) {
        return new ClusterSettings(copies, other, decisions, limits);
    }

    public ClusterSettings with(Decisions other) {
        return new ClusterSettings(copies, similarity, other, limits);
    }

    /**
     * Copy detection.
     *
     * @param shingleWords       words per shingle
     * @param minHashes          MinHash functions per article (bands × rows)
     * @param bandRows           MinHash values per LSH band: fewer rows find copies that overlap less
     * @param sketchSize         shingle hashes kept per article for the direct overlap check
     * @param minShingles        texts with fewer shingles are too short to call copies
     * @param containment        the share of the shorter text's shingles the other must hold
     * @param cosine             how alike the two texts' weighted words must be, so shared boilerplate alone never
     *                           makes a copy
     * @param boilerplateRepeats text a source printed in this many earlier articles is its boilerplate, left out
     * @param recentArticles     articles remembered in full, for copy detection and admin moves
     */
    public record Copies(int shingleWords, int minHashes, int bandRows, int sketchSize, int minShingles,
            double containment, double cosine, int boilerplateRepeats, int recentArticles) {

        public Copies {
            positive("shingleWords", shingleWords);
            positive("bandRows", bandRows);
            if (minHashes <= 0 || minHashes % bandRows != 0) {
                throw new IllegalArgumentException("minHashes must be a positive multiple of bandRows, was " + minHashes);
            }
            positive("sketchSize", sketchSize);
            positive("boilerplateRepeats", boilerplateRepeats);
            positive("recentArticles", recentArticles);
        }

        public static Copies defaults() {
            return new Copies(3, 64, 2, 256, 5, 0.5, 0.5, 2, 10_000);
        }
    }

    /**
     * The similarity of an article to a story: weights of the fields in the weighted mean, and the time factor.
     *
     * @param namesIdfPower names are weighed by IDF to this power: above 1 favours the rarest names
     * @param averageLink   from 0 to 1: how much the comparison is with a story's articles on average (average
     *                      linkage) rather than with its centroid (cosine)
     * @param timeGrace     no time penalty within this distance of a story's first and last article: a story runs
     *                      for days (the strike, then the talks; the heat warning, then the record)
     * @param timeDecay     beyond the grace, similarity falls by e every this much time
     * @param timeBoost     with publication times on both sides, similarity is multiplied by this (before the
     *                      decay): an article published while a story runs is likelier its news than the same words
     *                      would be without a date. The thresholds were set on articles without times, where
     *                      same-kind events years apart must be told apart by their words alone; 1 turns this off
     */
    public record Similarity(double titleWeight, double bodyWeight, double namesWeight, double embeddingWeight,
            double numbersWeight, double datesWeight, double namesIdfPower, double averageLink, Duration timeGrace,
            Duration timeDecay, double timeBoost) {

        public Similarity {
            Objects.requireNonNull(timeGrace, "timeGrace");
            Objects.requireNonNull(timeDecay, "timeDecay");
            if (timeBoost < 1) throw new IllegalArgumentException("timeBoost must be at least 1, was " + timeBoost);
            double[] weights = {titleWeight, bodyWeight, namesWeight, embeddingWeight, numbersWeight, datesWeight};
            double sum = 0;
            for (double w : weights) {
                if (w < 0) throw new IllegalArgumentException("similarity weights must not be negative");
                sum += w;
            }
            if (sum <= 0) throw new IllegalArgumentException("at least one similarity weight must be positive");
            if (averageLink < 0 || averageLink > 1) throw new IllegalArgumentException("averageLink must be 0..1");
            if (timeDecay.isZero() || timeDecay.isNegative()) throw new IllegalArgumentException("timeDecay must be positive");
        }

        public static Similarity defaults() {
            return new Similarity(0.25, 1.0, 2.0, 0.5, 0.5, 2.0, 2.0, 0.75, Duration.ofDays(2), Duration.ofDays(3),
                    1.3);
        }
    }

    /**
     * @param joinThreshold  an article joins the most similar story at or above this similarity, else starts one
     * @param mergeThreshold two stories this similar are one event: they merge (a story of one article merges at
     *                       the join threshold when lower: taking it in is the same decision as its article joining)
     * @param headlineScale  both thresholds are scaled by this when a side has no body text: a headline alone
     *                       shares fewer words, so its similarities run lower
     */
    public record Decisions(double joinThreshold, double mergeThreshold, double headlineScale) {

        public static Decisions defaults() {
            return new Decisions(0.25, 0.3, 0.5);
        }
    }

    /**
     * What bounds memory and work per article.
     *
     * @param storyWindow     stories without an article for this long (in published time) are closed
     * @param maxStories      at most this many open stories; the least recently updated close first
     * @param queryTerms      terms of an article looked up in the story index
     * @param postingsPerTerm stories remembered per index term (the most recently updated)
     * @param candidates      stories scored per article
     * @param centroidTerms   terms kept per story field
     * @param termTableBits   log2 of the hashed document-frequency table size
     */
    public record Limits(Duration storyWindow, int maxStories, int queryTerms, int postingsPerTerm, int candidates,
            int centroidTerms, int termTableBits) {

        public Limits {
            Objects.requireNonNull(storyWindow, "storyWindow");
            positive("maxStories", maxStories);
            positive("queryTerms", queryTerms);
            positive("postingsPerTerm", postingsPerTerm);
            positive("candidates", candidates);
            positive("centroidTerms", centroidTerms);
            if (termTableBits < 8 || termTableBits > 28) throw new IllegalArgumentException("termTableBits must be 8..28");
        }

        public static Limits defaults() {
            return new Limits(Duration.ofDays(14), 20_000, 24, 64, 24, 200, 20);
        }
    }

    private static void positive(String name, int value) {
        if (value <= 0) throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
}
