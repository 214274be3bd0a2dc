package org.newsdesk.cluster;

import java.util.Arrays;

/**
 * The LSH band keys of the most recent {@code capacity} articles, in fixed memory: entries live in a ring that
 * the newest article overwrites, chained newest first from a hashed head table, so a lookup stops as soon as it
 * reaches an entry older than the window and nothing ever has to be deleted. Not thread-safe.
 */
final class BandIndex {

    private final int bands;
    private final int capacity;
    private final long[] keys;
    private final long[] next;
    private final long[] heads;
    private final int mask;
    private long articles;

    BandIndex(int capacity, int bands) {
        this.capacity = capacity;
        this.bands = bands;
        this.keys = new long[capacity * bands];
        this.next = new long[capacity * bands];
        int tableSize = Integer.highestOneBit(Math.max(16, capacity * bands - 1)) << 1;
        this.heads = new long[tableSize];
        this.mask = tableSize - 1;
    }

    /** Adds the next article's band keys; returns its sequence number, which {@link #candidates} reports. */
    long add(long[] bandKeys) {
        if (bandKeys.length != bands) throw new IllegalArgumentException("expected " + bands + " band keys");
        long article = articles++;
        for (int b = 0; b < bands; b++) {
            long entry = article * bands + b;
            int at = (int) (entry % keys.length);
            int slot = slot(bandKeys[b]);
            keys[at] = bandKeys[b];
            next[at] = heads[slot];
            heads[slot] = entry + 1;
        }
        return article;
    }

    /** Counts an article that has no band keys (its text is too short), keeping sequence numbers in step. */
    long skip() {
        return articles++;
    }

    /**
     * Sequence numbers of recent articles sharing at least one band key, with how many bands they share, most
     * shared first (then newest first); at most {@code perKey} articles are read per band and {@code limit} returned.
     */
    long[] candidates(long[] bandKeys, int perKey, int limit) {
        long oldest = Math.max(0, articles - capacity) * bands;
        long[] found = new long[bands * perKey];
        int size = 0;
        for (long key : bandKeys) {
            int read = 0;
            for (long link = heads[slot(key)]; link != 0 && read < perKey; ) {
                long entry = link - 1;
                if (entry < oldest) break;
                int at = (int) (entry % keys.length);
                if (keys[at] == key) {
                    found[size++] = entry / bands;
                    read++;
                }
                link = next[at];
            }
        }
        return rank(Arrays.copyOf(found, size), limit);
    }

    private static long[] rank(long[] articles, int limit) {
        Arrays.sort(articles);
        long[] ids = new long[articles.length];
        int[] hits = new int[articles.length];
        int n = 0;
        for (long a : articles) {
            if (n > 0 && ids[n - 1] == a) {
                hits[n - 1]++;
            } else {
                ids[n] = a;
                hits[n++] = 1;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> hits[x] != hits[y] ? hits[y] - hits[x] : Long.compare(ids[y], ids[x]));
        long[] out = new long[Math.min(limit, n)];
        for (int i = 0; i < out.length; i++) out[i] = ids[order[i]];
        return out;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 29)) & mask;
    }
}
