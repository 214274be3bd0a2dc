package org.newsdesk.cluster;

import java.util.Arrays;

/**
 * The smallest {@code k} shingle hashes of a text (a bottom-k sketch) and how many distinct shingles it had:
 * exact for texts up to k shingles, an unbiased sample beyond, and enough to measure the overlap of two texts
 * directly. Immutable.
 */
record Sketch(long[] smallest, int shingles) {

    static Sketch of(long[] sortedDistinctShingles, int k) {
        long[] kept = sortedDistinctShingles.length <= k ? sortedDistinctShingles
                : Arrays.copyOf(sortedDistinctShingles, k);
        return new Sketch(kept, sortedDistinctShingles.length);
    }

    boolean isExact() {
        return smallest.length == shingles;
    }

    /** How two texts overlap: the shingles they share and the resulting Jaccard and overlap coefficients. */
    record Overlap(double shared, double jaccard, double containment) {
    }

    Overlap overlap(Sketch other) {
        if (shingles == 0 || other.shingles == 0) return new Overlap(0, 0, 0);
        double shared;
        if (isExact() && other.isExact()) {
            shared = common(smallest, other.smallest, Integer.MAX_VALUE)[0];
        } else {
            // Bottom-k of the union: of its k smallest shingles, the share found in both estimates Jaccard.
            int k = Math.max(smallest.length, other.smallest.length);
            int[] counts = common(smallest, other.smallest, k);
            double jaccard = counts[1] == 0 ? 0 : (double) counts[0] / counts[1];
            shared = jaccard * (shingles + other.shingles) / (1 + jaccard);
        }
        double union = shingles + other.shingles - shared;
        return new Overlap(shared, shared / union, shared / Math.min(shingles, other.shingles));
    }

    /** {shared, seen} over the union's first {@code limit} values, walking both sorted arrays. */
    private static int[] common(long[] a, long[] b, int limit) {
        int i = 0;
        int j = 0;
        int seen = 0;
        int shared = 0;
        while (seen < limit && (i < a.length || j < b.length)) {
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                i++;
            } else if (i >= a.length || b[j] < a[i]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
            seen++;
        }
        return new int[] {shared, seen};
    }
}
