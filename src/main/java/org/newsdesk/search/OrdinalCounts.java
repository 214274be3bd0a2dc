package org.newsdesk.search;

/**
 * Counts by label ordinal for only the ordinals seen: an open-addressing table sized by what was counted, not by
 * how many labels the index has. Tags make the index's labels number in the hundreds of thousands while a search
 * sees a few thousand; an array over every ordinal cost more to clear and scan than the counting itself. Not
 * thread-safe.
 */
final class OrdinalCounts {

    /** Receives each counted ordinal and its count. */
    interface Visitor {
        void visit(int ordinal, int count);
    }

    /** The most ordinals {@link #reserve} makes room for; past them the table grows as it fills. */
    private static final int MAX_RESERVED = 8_192;

    /** Ordinal + 1 per slot, 0 for an empty slot. */
    private int[] keys;
    private int[] counts;
    /** The slots in use, in the order they were taken: visiting and clearing look at these alone. */
    private int[] used;
    private int size;

    OrdinalCounts() {
        keys = new int[64];
        counts = new int[64];
        used = new int[33];
    }

    /**
     * Makes room for about this many ordinals at once, when nothing is counted yet: growing by doubling from a
     * small table cost a search as much again in copying and garbage as the table it ends with.
     */
    void reserve(int expected) {
        if (size > 0) return;
        int slots = Integer.highestOneBit(Math.clamp(expected, 32, MAX_RESERVED) * 2 - 1) * 2;
        if (slots <= keys.length) return;
        keys = new int[slots];
        counts = new int[slots];
        used = new int[slots / 2 + 1];
    }

    void add(int ordinal, int count) {
        int key = ordinal + 1;
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != 0 && keys[slot] != key) slot = (slot + 1) & mask;
        if (keys[slot] == 0) {
            keys[slot] = key;
            used[size++] = slot;
        }
        counts[slot] += count;
        if (size * 2 > keys.length) grow();
    }

    /** How many ordinals the table has room for. */
    int capacity() {
        return keys.length;
    }

    /** How many distinct ordinals were counted. */
    int size() {
        return size;
    }

    void forEach(Visitor visitor) {
        for (int i = 0; i < size; i++) visitor.visit(keys[used[i]] - 1, counts[used[i]]);
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            keys[used[i]] = 0;
            counts[used[i]] = 0;
        }
        size = 0;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCounts = counts;
        int[] oldUsed = used;
        int oldSize = size;
        keys = new int[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        used = new int[oldKeys.length + 1];
        size = 0;
        for (int i = 0; i < oldSize; i++) add(oldKeys[oldUsed[i]] - 1, oldCounts[oldUsed[i]]);
    }

    /** Spreads consecutive ordinals over the table (Fibonacci hashing). */
    private static int mix(int key) {
        int hash = key * 0x9E3779B9;
        return hash ^ (hash >>> 16);
    }
}
