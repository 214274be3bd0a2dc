package org.newsdesk.cluster;

/**
 * How many articles each term appeared in, learned from the stream itself, giving inverse document frequencies.
 * Counts live in a fixed hashed table so memory stays constant however large the vocabulary grows; the rare
 * collision only blurs two terms' rarity a little. Not thread-safe.
 */
final class TermStatistics {

    private final int[] documentFrequency;
    private final int mask;
    private long documents;

    TermStatistics(int tableBits) {
        this.documentFrequency = new int[1 << tableBits];
        this.mask = (1 << tableBits) - 1;
    }

    /** Counts one article's distinct terms (each vector's keys are distinct, but a term may be in several). */
    void count(SparseVector... fields) {
        documents++;
        java.util.HashSet<Long> seen = new java.util.HashSet<>();
        for (SparseVector field : fields) {
            for (int i = 0; i < field.size(); i++) {
                long key = field.key(i);
                if (seen.add(key)) documentFrequency[slot(key)]++;
            }
        }
    }

    /** Counts the article's terms, then weighs its fields: what the clusterer compares. */
    DocVectors observe(DocTerms raw, ClusterDoc doc, double namesIdfPower) {
        count(raw.title(), raw.body(), raw.names(), raw.numbers(), raw.dates());
        return new DocVectors(weigh(raw.title()), weigh(raw.body()), weigh(raw.names(), namesIdfPower),
                weigh(raw.numbers()), weigh(raw.dates()), doc.embeddingView(), doc.published());
    }

    double idf(long key) {
        return Math.log((documents + 1.0) / (documentFrequency[slot(key)] + 1.0)) + 1.0;
    }

    /** Counts turned into sublinear TF × IDF weights, scaled to unit length. */
    SparseVector weigh(SparseVector counts) {
        return weigh(counts, 1);
    }

    /** Counts turned into sublinear TF × IDF^power weights, scaled to unit length: a higher power favours rare terms. */
    SparseVector weigh(SparseVector counts, double power) {
        if (counts.isEmpty()) return counts;
        long[] keys = new long[counts.size()];
        float[] weights = new float[counts.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = counts.key(i);
            weights[i] = (float) ((1 + Math.log(counts.value(i))) * Math.pow(idf(keys[i]), power));
        }
        return SparseVector.of(keys, weights, keys.length).unit();
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }
}
