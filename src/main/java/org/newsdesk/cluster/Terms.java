package org.newsdesk.cluster;

import java.util.Arrays;

/**
 * The heaviest terms of an article or a story, a third from names, a quarter from the title and the rest from the
 * body: the keys a story is filed under and an article looks up. Immutable.
 */
record Terms(long[] keys, float[] weights) {

    static Terms heaviest(SparseVector names, SparseVector title, SparseVector body, int count) {
        int fromNames = count / 3;
        int fromTitle = count / 4;
        long[] keys = new long[count];
        float[] weights = new float[count];
        int n = take(names, fromNames, keys, weights, 0);
        n = take(title, fromTitle, keys, weights, n);
        n = take(body, count - n, keys, weights, n);
        return new Terms(Arrays.copyOf(keys, n), Arrays.copyOf(weights, n));
    }

    private static int take(SparseVector v, int limit, long[] keys, float[] weights, int n) {
        if (v.isEmpty() || limit <= 0) return n;
        double norm = v.norm();
        int[] order = v.heaviestFirst();
        for (int i = 0; i < order.length && i < limit && n < keys.length; i++) {
            keys[n] = v.key(order[i]);
            weights[n++] = (float) (v.value(order[i]) / norm);
        }
        return n;
    }
}
