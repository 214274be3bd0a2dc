package org.newsdesk.cluster;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How alike an article and a story are, from 0 to 1: the weighted mean of the cosines of title, body and names
 * TF-IDF vectors and of the sentence embeddings (over the ones both sides have, so an article with a title alone
 * is judged on its title), times a time decay. Without a publication time on either side the decay is 1: time
 * then neither helps nor hurts. Immutable.
 */
final class StorySimilarity {

    static final int TITLE = 0;
    static final int BODY = 1;
    static final int NAMES = 2;
    static final int EMBEDDING = 3;
    static final int NUMBERS = 4;

    private final double[] weights;
    private final double graceSeconds;
    private final double decaySeconds;

    StorySimilarity(ClusterSettings settings) {
        weights = new double[] {settings.titleWeight(), settings.bodyWeight(), settings.namesWeight(),
                settings.embeddingWeight(), settings.numbersWeight()};
        graceSeconds = settings.timeGrace().toSeconds();
        decaySeconds = settings.timeDecay().toSeconds();
    }

    double score(DocVectors doc, Story story) {
        double[] f = features(doc, story);
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < weights.length; i++) {
            if (Double.isNaN(f[i])) continue;
            sum += weights[i] * f[i];
            weight += weights[i];
        }
        return weight == 0 ? 0 : sum / weight * timeFactor(doc.published(), story.first(), story.last());
    }

    /** The four cosines (NaN where a side lacks the field); the tuning benchmark reads them too. */
    static double[] features(DocVectors doc, Story story) {
        return new double[] {
            cosine(doc.title(), story.title()),
            cosine(doc.body(), story.body()),
            cosine(doc.names(), story.names()),
            story.embeddingCosine(doc.embedding()),
            cosine(doc.numbers(), story.numbers()),
            story.signatureCoverage(doc.names())
        };
    }

    private static double cosine(SparseVector a, SparseVector b) {
        return a.isEmpty() || b.isEmpty() ? Double.NaN : a.cosine(b);
    }

    /** 1 within the grace distance of the story's span, then e^(−excess / decay). */
    double timeFactor(@Nullable Instant published, @Nullable Instant first, @Nullable Instant last) {
        if (published == null || first == null || last == null) return 1;
        Duration gap = published.isBefore(first) ? Duration.between(published, first)
                : published.isAfter(last) ? Duration.between(last, published) : Duration.ZERO;
        double excess = gap.toSeconds() - graceSeconds;
        return excess <= 0 ? 1 : Math.exp(-excess / decaySeconds);
    }
}
