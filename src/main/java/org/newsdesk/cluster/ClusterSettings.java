package org.newsdesk.cluster;

import java.time.Duration;
import java.util.Objects;

/**
 * How the clusterer decides, and how much it remembers. {@link #defaults()} holds the values tuned on news data
 * (see docs/BENCHMARKS.md); the rest exist so the benchmarks can explore them.
 *
 * @param shingleWords      words per shingle in copy detection
 * @param minHashes         MinHash functions per article (bands × rows)
 * @param bandRows          MinHash values per LSH band: fewer rows find copies that overlap less
 * @param sketchSize        shingle hashes kept per article for the direct overlap check
 * @param minShingles       texts with fewer shingles are too short to call copies
 * @param copyContainment   the share of the shorter text's shingles the longer one must hold
 * @param copyCosine        how alike the two texts' weighted words must be, so shared boilerplate alone never
 *                          makes a copy
 * @param recentArticles    articles remembered in full, for copy detection and admin moves
 * @param titleWeight       weight of the title TF-IDF cosine in the story similarity
 * @param bodyWeight        weight of the body TF-IDF cosine
 * @param namesWeight       weight of the proper-name TF-IDF cosine
 * @param embeddingWeight   weight of the sentence-embedding cosine
 * @param joinThreshold     an article joins the most similar story at or above this similarity, else starts one
 * @param mergeThreshold    a second story this similar to the article is the same event: the two merge
 * @param timeGrace         no time penalty within this distance of a story's first and last article
 * @param timeDecay         beyond the grace, similarity falls by e every this much time
 * @param storyWindow       stories without an article for this long (in published time) are closed
 * @param maxStories        at most this many open stories; the least recently updated close first
 * @param queryTerms        terms of an article looked up in the story index
 * @param postingsPerTerm   stories remembered per index term (the most recently updated)
 * @param candidates        stories scored per article
 * @param centroidTerms     terms kept per story field
 * @param termTableBits     log2 of the hashed document-frequency table size
 * @param numbersWeight     weight of the cosine of the numbers (counts, ages, years) the texts mention
 * @param namesIdfPower     names are weighed by IDF to this power: above 1 favours the rarest names
 * @param datesWeight       weight of the cosine of the dates the texts mention
 * @param boilerplateRepeats text a source printed in this many earlier articles is its boilerplate, left out of
 *                          copy detection
 * @param headlineScale     both thresholds are scaled by this when a side has no body text: a headline alone
 *                          shares fewer words, so its similarities run lower
 * @param averageLink       from 0 to 1: how much the comparison is with a story's articles on average (average
 *                          linkage) rather than with its centroid (cosine)
 */
public record ClusterSettings(
        int shingleWords, int minHashes, int bandRows, int sketchSize, int minShingles,
        double copyContainment, double copyCosine, int recentArticles,
        double titleWeight, double bodyWeight, double namesWeight, double embeddingWeight,
        double joinThreshold, double mergeThreshold,
        Duration timeGrace, Duration timeDecay, Duration storyWindow, int maxStories,
        int queryTerms, int postingsPerTerm, int candidates, int centroidTerms, int termTableBits,
        double numbersWeight, double namesIdfPower, double datesWeight, double averageLink, int boilerplateRepeats, double headlineScale) {

    public ClusterSettings {
        Objects.requireNonNull(timeGrace, "timeGrace");
        Objects.requireNonNull(timeDecay, "timeDecay");
        Objects.requireNonNull(storyWindow, "storyWindow");
        positive("shingleWords", shingleWords);
        positive("bandRows", bandRows);
        if (minHashes <= 0 || minHashes % bandRows != 0) {
            throw new IllegalArgumentException("minHashes must be a positive multiple of bandRows, was " + minHashes);
        }
        positive("sketchSize", sketchSize);
        positive("recentArticles", recentArticles);
        positive("maxStories", maxStories);
        positive("queryTerms", queryTerms);
        positive("postingsPerTerm", postingsPerTerm);
        positive("candidates", candidates);
        positive("centroidTerms", centroidTerms);
        if (termTableBits < 8 || termTableBits > 28) throw new IllegalArgumentException("termTableBits must be 8..28");
        if (titleWeight < 0 || bodyWeight < 0 || namesWeight < 0 || embeddingWeight < 0 || numbersWeight < 0 || datesWeight < 0
                || titleWeight + bodyWeight + namesWeight + embeddingWeight <= 0) {
            throw new IllegalArgumentException("similarity weights must be non-negative and not all zero");
        }
        if (timeDecay.isZero() || timeDecay.isNegative()) throw new IllegalArgumentException("timeDecay must be positive");
    }

    public static ClusterSettings defaults() {
        return new ClusterSettings(3, 64, 2, 256, 5, 0.5, 0.5, 10_000,
                0.25, 1.0, 2.0, 0.5, 0.25, 0.3,
                Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(14), 20_000,
                24, 64, 24, 200, 20, 0.5, 2.0, 2.0, 0.75, 2, 0.5);
    }

    private static void positive(String name, int value) {
        if (value <= 0) throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
}
