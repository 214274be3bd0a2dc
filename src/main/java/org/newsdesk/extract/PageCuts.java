package org.newsdesk.extract;

import java.util.Arrays;

/**
 * The parts of a page left out before the parse: pairs of start (inclusive) and end (exclusive), in page order.
 * Not thread-safe.
 */
final class PageCuts {

    private int[] cuts = new int[128];
    private int count;

    void add(int from, int to) {
        if (to <= from) return;
        if (count + 2 > cuts.length) cuts = Arrays.copyOf(cuts, cuts.length * 2);
        cuts[count++] = from;
        cuts[count++] = to;
    }

    /** How many numbers are held: a mark to {@link #rollBack} to. */
    int count() {
        return count;
    }

    /** Forgets the parts added since {@code mark}. */
    void rollBack(int mark) {
        count = mark;
    }

    /** The number at {@code i}: starts at even positions, ends at odd ones. */
    int get(int i) {
        return cuts[i];
    }
}
