package org.newsdesk.cluster;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Learns each source's boilerplate (subscription pitches, copyright lines, newsletter prompts) as the shingles the
 * source repeats across its own articles, and leaves them out of copy detection: text one outlet prints under every
 * article is not what makes two articles copies, while text that different outlets share is. A hashed table of
 * small counts keeps memory fixed. Not thread-safe.
 */
final class SourceBoilerplate {

    private final byte[] seen;
    private final int mask;
    private final int repeats;

    /** Text a source printed in {@code repeats} earlier articles is its boilerplate. */
    SourceBoilerplate(int tableBits, int repeats) {
        this.repeats = repeats;
        seen = new byte[1 << tableBits];
        mask = (1 << tableBits) - 1;
    }

    /** The shingles this source has not printed often before (all of them when the source is unknown). */
    long[] content(@Nullable String source, long[] shingles) {
        if (source == null) return shingles;
        long salt = salt(source);
        long[] kept = new long[shingles.length];
        int n = 0;
        for (long s : shingles) if (seen[slot(s, salt)] < repeats) kept[n++] = s;
        return n == shingles.length ? shingles : Arrays.copyOf(kept, n);
    }

    /** Remembers the article's shingles as printed by its source. */
    void learn(@Nullable String source, long[] shingles) {
        if (source == null) return;
        long salt = salt(source);
        for (long s : shingles) {
            int at = slot(s, salt);
            if (seen[at] != Byte.MAX_VALUE) seen[at]++;
        }
    }

    private static long salt(String source) {
        return TermHash.of('$', source.strip().toLowerCase(Locale.ROOT));
    }

    private int slot(long shingle, long salt) {
        long h = TermHash.combine(salt, shingle);
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
