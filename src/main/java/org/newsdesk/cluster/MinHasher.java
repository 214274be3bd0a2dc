package org.newsdesk.cluster;

/**
 * MinHash signatures of shingle sets, cut into LSH bands: two sets share a band key with probability
 * 1 − (1 − J^rows)^bands for Jaccard similarity J, so near-copies meet in the band index while unrelated texts
 * rarely do. The hash functions are fixed seeds, so signatures are the same in every run. Immutable.
 */
final class MinHasher {

    private final long[] seeds;
    private final int rows;

    MinHasher(int hashes, int rows) {
        if (hashes <= 0 || rows <= 0 || hashes % rows != 0) {
            throw new IllegalArgumentException("hashes (" + hashes + ") must be a positive multiple of rows (" + rows + ")");
        }
        this.rows = rows;
        this.seeds = new long[hashes];
        long state = 0x5eed_c0de_1234_5678L;
        for (int i = 0; i < hashes; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = TermHash.mix(state);
        }
    }

    int bands() {
        return seeds.length / rows;
    }

    /** One key per band; the band's number is folded in so equal minima in different bands do not meet. */
    long[] bandKeys(long[] shingles) {
        long[] minima = new long[seeds.length];
        java.util.Arrays.fill(minima, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = TermHash.mix(shingle ^ seeds[i]);
                if (h < minima[i]) minima[i] = h;
            }
        }
        long[] keys = new long[bands()];
        for (int b = 0; b < keys.length; b++) {
            long key = b;
            for (int r = 0; r < rows; r++) key = TermHash.combine(key, minima[b * rows + r]);
            keys[b] = key;
        }
        return keys;
    }
}
