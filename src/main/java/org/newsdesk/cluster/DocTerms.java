package org.newsdesk.cluster;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The raw counts read from one article: content terms of the title and of the body, proper names (capitalised
 * words and pairs of them, from both), and the hashed word shingles of the body for copy detection.
 */
record DocTerms(SparseVector title, SparseVector body, SparseVector names, SparseVector numbers, SparseVector dates,
        long[] shingles) {

    static DocTerms of(ClusterDoc doc, int shingleSize) {
        Words body = Words.of(doc.text());
        Words title = Words.of(doc.title());
        Set<String> midSentenceCaps = new HashSet<>();
        collectMidSentenceCaps(body, midSentenceCaps);
        collectMidSentenceCaps(title, midSentenceCaps);
        Counts names = new Counts();
        Set<String> bodyNames = new HashSet<>();
        addNames(body, midSentenceCaps, null, names, bodyNames);
        boolean headlineCase = isHeadlineCase(title) && body.size() > 0;
        addNames(title, midSentenceCaps, headlineCase ? bodyNames : null, names, new HashSet<>());
        Counts numbers = new Counts();
        addNumbers(title, numbers);
        addNumbers(body, numbers);
        Counts dates = new Counts();
        DateMentions.collect(doc.title(), dates::add);
        DateMentions.collect(doc.text(), dates::add);
        return new DocTerms(contentTerms(title), contentTerms(body), names.vector(), numbers.vector(),
                dates.vector(), shingles(body, shingleSize));
    }

    private static void collectMidSentenceCaps(Words words, Set<String> into) {
        for (int i = 0; i < words.size(); i++) {
            if (words.capitalised()[i] && !words.sentenceStart()[i]) into.add(words.token(i));
        }
    }

    /**
     * Names are capitalised words that are not function words; a word opening a sentence counts only when the
     * text capitalises it elsewhere too. In a headline-case title only the body's names count.
     */
    private static void addNames(Words words, Set<String> midSentenceCaps, @Nullable Set<String> allowed, Counts names,
            Set<String> found) {
        @Nullable String previous = null;
        for (int i = 0; i < words.size(); i++) {
            String token = words.token(i);
            boolean name = isName(words, i, midSentenceCaps) && (allowed == null || allowed.contains(token));
            if (name) {
                names.add(TermHash.of('@', token));
                found.add(token);
                if (previous != null) names.add(TermHash.of('@', previous + ' ' + token));
                previous = token;
            } else {
                previous = null;
            }
        }
    }

    private static boolean isName(Words words, int i, Set<String> midSentenceCaps) {
        String token = words.token(i);
        if (Character.isDigit(token.charAt(0))) return false;
        if (words.allCaps()[i]) return true;
        if (!words.capitalised()[i] || Stopwords.contains(token)) return false;
        return !words.sentenceStart()[i] || midSentenceCaps.contains(token);
    }

    /** Numbers of two characters or more (counts, ages, scores, magnitudes, years): details that tell events apart. */
    private static void addNumbers(Words words, Counts numbers) {
        for (int i = 0; i < words.size(); i++) {
            String token = words.token(i);
            if (token.length() >= 2 && Character.isDigit(token.charAt(0))) numbers.add(TermHash.of('#', token.replace(",", "")));
        }
    }

    private static boolean isHeadlineCase(Words title) {
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < title.size(); i++) {
            if (Stopwords.contains(title.token(i)) || Character.isDigit(title.token(i).charAt(0))) continue;
            words++;
            if (title.capitalised()[i]) capitalised++;
        }
        return words >= 3 && capitalised >= 0.7 * words;
    }

    private static SparseVector contentTerms(Words words) {
        Counts counts = new Counts();
        for (int i = 0; i < words.size(); i++) {
            String token = words.token(i);
            if (token.length() < 2 || Stopwords.contains(token)) continue;
            counts.add(TermHash.of(Stemmer.stem(token)));
        }
        return counts.vector();
    }

    private static long[] shingles(Words words, int size) {
        int n = words.size() - size + 1;
        if (n <= 0) return new long[0];
        long[] tokenHashes = new long[words.size()];
        for (int i = 0; i < tokenHashes.length; i++) tokenHashes[i] = TermHash.of(words.token(i));
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = tokenHashes[i];
            for (int j = 1; j < size; j++) h = TermHash.combine(h, tokenHashes[i + j]);
            out[i] = h;
        }
        Arrays.sort(out);
        return Arrays.stream(out).distinct().toArray();
    }

    /** Term occurrences gathered into parallel arrays, then summed per term. */
    private static final class Counts {
        private long[] keys = new long[64];
        private int size;

        void add(long key) {
            if (size == keys.length) keys = Arrays.copyOf(keys, size * 2);
            keys[size++] = key;
        }

        SparseVector vector() {
            float[] ones = new float[size];
            Arrays.fill(ones, 1f);
            return SparseVector.of(keys, ones, size);
        }
    }
}
