package org.newsdesk.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words {@link ClassFlags} knows, looked up by a span of a lower-case char buffer and its {@code String}
 * hash, so that no string is built for a word. Each word carries its flags and the two-word phrases it starts or
 * ends. Immutable and thread-safe.
 */
final class WordTable {

    private final char[][] keys;
    private final int[] hashes;
    private final int[] flags;
    private final int[] starts;
    private final int[] ends;
    private final int[] phraseFlags;
    private final int mask;

    private WordTable(Map<String, int[]> words, int[] phraseFlags) {
        int size = Integer.highestOneBit(words.size() * 4);
        keys = new char[size][];
        hashes = new int[size];
        flags = new int[size];
        starts = new int[size];
        ends = new int[size];
        mask = size - 1;
        this.phraseFlags = phraseFlags;
        words.forEach((word, facts) -> {
            int slot = spread(word.hashCode()) & mask;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = word.toCharArray();
            hashes[slot] = word.hashCode();
            flags[slot] = facts[0];
            starts[slot] = facts[1];
            ends[slot] = facts[2];
        });
    }

    /** The table of the word sets, the special words and the phrases; the phrases' flags follow their order. */
    static WordTable build(Set<String> negative, Set<String> positive, Set<String> standfirst,
            String[][] negativePhrases) {
        Map<String, int[]> words = new LinkedHashMap<>();
        negative.forEach(w -> facts(words, w)[0] |= ClassFlags.NEGATIVE);
        positive.forEach(w -> facts(words, w)[0] |= ClassFlags.POSITIVE);
        standfirst.forEach(w -> facts(words, w)[0] |= ClassFlags.STANDFIRST);
        add(words, ClassFlags.EMBED, "embed", "embedded", "tweet", "instagram");
        add(words, ClassFlags.RELATED, "related", "recirc", "recommended", "recirculation");
        add(words, ClassFlags.NOTE, "correction", "corrections", "clarification", "editorsnote", "editornote");
        add(words, ClassFlags.BYLINE, "byline", "author", "authors");
        add(words, ClassFlags.MEDIA, "figure", "image", "photo", "media");
        String[][] notes = {{"editors", "note"}, {"editor", "note"}, {"editor", "notes"}};
        int[] phraseFlags = new int[negativePhrases.length + notes.length];
        for (int p = 0; p < phraseFlags.length; p++) {
            String[] phrase = p < negativePhrases.length ? negativePhrases[p] : notes[p - negativePhrases.length];
            phraseFlags[p] = p < negativePhrases.length ? ClassFlags.NEGATIVE : ClassFlags.NOTE;
            facts(words, phrase[0])[1] |= 1 << p;
            facts(words, phrase[1])[2] |= 1 << p;
        }
        return new WordTable(words, phraseFlags);
    }

    private static void add(Map<String, int[]> words, int flag, String... list) {
        for (String w : list) facts(words, w)[0] |= flag;
    }

    private static int[] facts(Map<String, int[]> words, String word) {
        return words.computeIfAbsent(word, w -> new int[3]);
    }

    /** The slot of the word {@code buf[from, from + len)}, whose {@code String} hash is {@code hash}; -1 if unknown. */
    int find(char[] buf, int from, int len, int hash) {
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            char[] k = keys[slot];
            if (k == null) return -1;
            if (hashes[slot] == hash && k.length == len && same(k, buf, from)) return slot;
        }
    }

    private static boolean same(char[] key, char[] buf, int from) {
        for (int i = 0; i < key.length; i++) if (key[i] != buf[from + i]) return false;
        return true;
    }

    int flags(int slot) {
        return slot < 0 ? 0 : flags[slot];
    }

    /** The phrases the word in this slot starts, as bits. */
    int starts(int slot) {
        return slot < 0 ? 0 : starts[slot];
    }

    /** The flags of the phrases that the previous word starts ({@code before}) and this one ends. */
    int phraseFlags(int before, int slot) {
        int both = before & (slot < 0 ? 0 : ends[slot]);
        int out = 0;
        for (int p = 0; both != 0; p++, both >>>= 1) if ((both & 1) != 0) out |= phraseFlags[p];
        return out;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
