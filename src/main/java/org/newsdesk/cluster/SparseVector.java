package org.newsdesk.cluster;

import java.util.Arrays;

/**
 * A sparse vector of term weights, keys sorted ascending: compact (12 bytes a term) and compared by a merge walk.
 * Immutable, so thread-safe.
 */
final class SparseVector {

    static final SparseVector EMPTY = new SparseVector(new long[0], new float[0]);

    private final long[] keys;
    private final float[] values;
    private final double norm;

    private SparseVector(long[] keys, float[] values) {
        this.keys = keys;
        this.values = values;
        double sum = 0;
        for (float v : values) sum += (double) v * v;
        this.norm = Math.sqrt(sum);
    }

    /** From parallel arrays in any order; repeated keys are summed. The arrays are taken over. */
    static SparseVector of(long[] keys, float[] values, int size) {
        if (size == 0) return EMPTY;
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        long[] k = new long[size];
        float[] v = new float[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            int at = order[i];
            if (n > 0 && k[n - 1] == keys[at]) {
                v[n - 1] += values[at];
            } else {
                k[n] = keys[at];
                v[n++] = values[at];
            }
        }
        return new SparseVector(Arrays.copyOf(k, n), Arrays.copyOf(v, n));
    }

    int size() {
        return keys.length;
    }

    boolean isEmpty() {
        return keys.length == 0;
    }

    long key(int i) {
        return keys[i];
    }

    float value(int i) {
        return values[i];
    }

    double norm() {
        return norm;
    }

    /** This vector scaled to unit length (the empty vector stays empty). */
    SparseVector unit() {
        if (norm == 0 || Math.abs(norm - 1) < 1e-6) return this;
        float[] v = new float[values.length];
        for (int i = 0; i < v.length; i++) v[i] = (float) (values[i] / norm);
        return new SparseVector(keys, v);
    }

    double dot(SparseVector other) {
        long[] a = keys;
        long[] b = other.keys;
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += (double) values[i++] * other.values[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    double cosine(SparseVector other) {
        if (norm == 0 || other.norm == 0) return 0;
        return dot(other) / (norm * other.norm);
    }

    /** this + factor × other; weights that fall to zero or below are dropped. */
    SparseVector plus(SparseVector other, float factor) {
        long[] k = new long[keys.length + other.keys.length];
        float[] v = new float[k.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < keys.length || j < other.keys.length) {
            long key;
            float value;
            if (j >= other.keys.length || (i < keys.length && keys[i] < other.keys[j])) {
                key = keys[i];
                value = values[i++];
            } else if (i >= keys.length || other.keys[j] < keys[i]) {
                key = other.keys[j];
                value = factor * other.values[j++];
            } else {
                key = keys[i];
                value = values[i++] + factor * other.values[j++];
            }
            if (value > 1e-6f) {
                k[n] = key;
                v[n++] = value;
            }
        }
        return new SparseVector(Arrays.copyOf(k, n), Arrays.copyOf(v, n));
    }

    /** The heaviest {@code limit} terms, so a story's centroid stays a bounded size however large it grows. */
    SparseVector top(int limit) {
        if (keys.length <= limit) return this;
        int[] order = heaviestFirst();
        long[] k = new long[limit];
        float[] v = new float[limit];
        for (int i = 0; i < limit; i++) {
            k[i] = keys[order[i]];
            v[i] = values[order[i]];
        }
        return of(k, v, limit);
    }

    /** Indexes of the terms, heaviest first; ties go to the smaller key so the order is deterministic. */
    int[] heaviestFirst() {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> values[a] != values[b] ? Float.compare(values[b], values[a])
                : Long.compare(keys[a], keys[b]));
        int[] out = new int[order.length];
        for (int i = 0; i < out.length; i++) out[i] = order[i];
        return out;
    }
}
