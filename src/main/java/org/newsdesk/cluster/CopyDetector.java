package org.newsdesk.cluster;

import org.jspecify.annotations.Nullable;

/**
 * Finds the recent article a new one copies: candidates share a MinHash band with it (constant work however many
 * articles came before), and a candidate counts only when the direct overlap check agrees: most of the shorter
 * text's shingles appear in the other, and their weighted words are alike (so two stories carrying the same
 * boilerplate are not copies). Not thread-safe.
 */
final class CopyDetector {

    private static final int PER_BAND = 16;
    private static final int CHECKED = 16;

    private final ClusterSettings settings;
    private final MinHasher hasher;
    private final BandIndex bands;
    private final SourceBoilerplate boilerplate;

    CopyDetector(ClusterSettings settings) {
        this.settings = settings;
        this.hasher = new MinHasher(settings.copies().minHashes(), settings.copies().bandRows());
        this.bands = new BandIndex(settings.copies().recentArticles(), hasher.bands());
        this.boilerplate = new SourceBoilerplate(22, settings.copies().boilerplateRepeats());
    }

    /** An article's copy-detection features, or null when its text is too short to call anything a copy of it. */
    record Probe(long[] bandKeys, Sketch sketch) {
    }

    /** The article's probe, on the shingles its source does not print under every article. */
    @Nullable Probe probe(long[] shingles, @Nullable String source) {
        long[] content = boilerplate.content(source, shingles);
        boilerplate.learn(source, shingles);
        if (content.length < settings.copies().minShingles()) return null;
        return new Probe(hasher.bandKeys(content), Sketch.of(content, settings.copies().sketchSize()));
    }

    /** The recent article this one copies most closely, if any. */
    @Nullable Seen find(@Nullable Probe probe, SparseVector body, RecentArticles recent) {
        if (probe == null) return null;
        Seen best = null;
        double bestScore = 0;
        for (long seq : bands.candidates(probe.bandKeys(), PER_BAND, CHECKED)) {
            Seen candidate = recent.bySeq(seq);
            if (candidate == null || candidate.sketch == null) continue;
            Sketch.Overlap overlap = probe.sketch().overlap(candidate.sketch);
            if (overlap.containment() < settings.copies().containment()) continue;
            double cosine = body.cosine(candidate.vectors.body());
            if (cosine < settings.copies().cosine()) continue;
            double score = overlap.containment() + overlap.jaccard();
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Files the article's band keys; called for every article in arrival order, so sequence numbers line up. */
    void remember(@Nullable Probe probe) {
        if (probe == null) {
            bands.skip();
        } else {
            bands.add(probe.bandKeys());
        }
    }
}
