package org.newsdesk.cluster;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How alike an article and a story (or two stories) are: the weighted mean of the similarities of title, body,
 * names, numbers and dates TF-IDF vectors and of the sentence embeddings, over the ones both sides have (an article
 * with a title alone is judged on its title), times a time factor. Without publication times the factor is 1:
 * time then neither helps nor hurts; with them it is the boost near the story's span, decaying beyond the grace.
 *
 * <p>The dates a text mentions stand in for publication times: they count only when a side has no publication
 * time and both sides mention some. With times on both sides the time factor already says whether the two are of
 * one moment, and the dates in a text are as often background ("empty since 2011", "the 2009 record") that would
 * count against a follow-up. Immutable.
 */
final class StorySimilarity {

    static final String[] FEATURES = {"title", "body", "names", "embedding", "numbers", "dates"};

    private final double[] weights;
    private final double averageLink;
    private final double graceSeconds;
    private final double decaySeconds;
    private final double boost;

    StorySimilarity(ClusterSettings settings) {
        weights = new double[] {settings.similarity().titleWeight(), settings.similarity().bodyWeight(), settings.similarity().namesWeight(),
                settings.similarity().embeddingWeight(), settings.similarity().numbersWeight(), settings.similarity().datesWeight()};
        averageLink = settings.similarity().averageLink();
        graceSeconds = settings.similarity().timeGrace().toSeconds();
        decaySeconds = settings.similarity().timeDecay().toSeconds();
        boost = settings.similarity().timeBoost();
    }

    double score(DocVectors doc, Story story) {
        return combine(features(doc, story)) * timeFactor(doc.published(), story.first(), story.last());
    }

    /** Story to story, for merges: the same measure between the two centroids. */
    double score(Story a, Story b) {
        double[] f = new double[FEATURES.length];
        f[0] = similarity(a.title(), b.title(), a.size(), b.size());
        f[1] = similarity(a.body(), b.body(), a.size(), b.size());
        f[2] = similarity(a.names(), b.names(), a.size(), b.size());
        f[3] = a.embeddingSimilarity(b, averageLink);
        f[4] = similarity(a.numbers(), b.numbers(), a.size(), b.size());
        f[5] = a.first() != null && b.first() != null ? Double.NaN
                : similarity(a.dates(), b.dates(), a.size(), b.size());
        double gap = Math.max(timeFactor(a.first(), b.first(), b.last()), timeFactor(a.last(), b.first(), b.last()));
        return combine(f) * gap;
    }

    /**
     * The six similarities (NaN where a side lacks the field, and dates when both sides have times), in the order
     * of {@link #FEATURES}.
     */
    double[] features(DocVectors doc, Story story) {
        int n = story.size();
        return new double[] {
            similarity(doc.title(), story.title(), 1, n),
            similarity(doc.body(), story.body(), 1, n),
            similarity(doc.names(), story.names(), 1, n),
            story.embeddingSimilarity(doc.embedding(), averageLink),
            similarity(doc.numbers(), story.numbers(), 1, n),
            doc.published() != null && story.first() != null ? Double.NaN
                    : similarity(doc.dates(), story.dates(), 1, n)
        };
    }

    private double combine(double[] f) {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < weights.length; i++) {
            if (Double.isNaN(f[i]) || weights[i] == 0) continue;
            sum += weights[i] * f[i];
            weight += weights[i];
        }
        return weight == 0 ? 0 : sum / weight;
    }

    /**
     * Between sums of unit vectors: the cosine of the centroids, or with average linkage the mean cosine over
     * every pair of their articles (the dot product over the product of the sizes).
     */
    private double similarity(SparseVector a, SparseVector b, int sizeA, int sizeB) {
        if (a.isEmpty() || b.isEmpty()) return Double.NaN;
        double dot = a.dot(b);
        double average = Math.min(1, dot / ((double) sizeA * sizeB));
        double cosine = dot / (a.norm() * b.norm());
        return averageLink * average + (1 - averageLink) * cosine;
    }

    /** The boost within the grace distance of the story's span, then boost × e^(−excess / decay); 1 without times. */
    double timeFactor(@Nullable Instant published, @Nullable Instant first, @Nullable Instant last) {
        if (published == null || first == null || last == null) return 1;
        Duration gap = published.isBefore(first) ? Duration.between(published, first)
                : published.isAfter(last) ? Duration.between(last, published) : Duration.ZERO;
        double excess = gap.toSeconds() - graceSeconds;
        return excess <= 0 ? boost : boost * Math.exp(-excess / decaySeconds);
    }
}
