package org.newsdesk.cluster;

/**
 * Fixed 64-bit hashes of terms and shingles: the same on every machine and every run, which replay depends on
 * (unlike identity hashes or randomly seeded ones).
 */
final class TermHash {

    private TermHash() {
    }

    static long of(CharSequence text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long of(char namespace, CharSequence text) {
        long h = 0xcbf29ce484222325L ^ namespace;
        h *= 0x100000001b3L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static long combine(long a, long b) {
        return mix(a * 31 + b + 0x9e3779b97f4a7c15L);
    }
}
