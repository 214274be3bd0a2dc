package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an element's class, id, role and itemprop say about it, as bit flags: boilerplate ("share", "related",
 * "newsletter"), content ("article", "body", "story"), and the roles later passes look for (byline, caption,
 * editor's note…). Words are compared whole, after splitting on punctuation and camelCase, so that "shareBar" and
 * "share-tools" count but "shareholders" does not.
 *
 * <p>Not thread-safe: an instance keeps a scratch buffer, one per page. Values are read char by char against a table
 * of the known words, without building strings or remembering values across pages; values with characters beyond
 * ASCII take the slower general path ({@link #analyse}), which gives the same flags.
 */
final class ClassFlags {

    static final int NEGATIVE = 1;
    static final int POSITIVE = 1 << 1;
    static final int EMBED = 1 << 2;
    static final int RELATED = 1 << 3;
    static final int NOTE = 1 << 4;
    static final int STANDFIRST = 1 << 5;
    static final int BYLINE = 1 << 6;
    static final int CAPTION = 1 << 7;
    static final int CREDIT = 1 << 8;
    static final int MEDIA = 1 << 9;
    static final int BREADCRUMB = 1 << 10;

    private static final Set<String> NEGATIVE_WORDS = Set.of(
            "comment", "comments", "commenting", "disqus", "share", "sharing", "sharebar", "social", "socials",
            "related", "recommended", "recommendations", "recirc", "recirculation", "newsletter", "newsletters",
            "subscribe", "subscription", "promo", "promos", "promotion", "advert", "advertisement", "advertising",
            "ad", "ads", "adslot", "adunit", "dfp", "gpt", "banner", "cookie", "cookies", "consent", "gdpr",
            "popup", "modal", "sidebar", "rail", "breadcrumb", "breadcrumbs", "taboola", "outbrain", "sponsor",
            "sponsored", "trending", "popular", "signup", "pagination", "pager", "toolbar", "masthead", "menu",
            "nav", "navbar", "navigation", "footer", "widget", "widgets", "overlay", "survey", "skip", "jump",
            "tags", "tagline", "topics", "byline", "dateline", "author", "authors", "bio", "print", "download",
            "app", "apps", "follow", "outstream", "teaser", "teasers", "carousel", "subnav", "paywall", "login",
            "signin", "register", "offer", "zergnet", "feedback", "rating", "ratings", "visually",
            "screenreader", "sr", "caption", "credit", "credits", "timestamp", "meta", "metadata",
            "header", "kicker", "eyebrow", "tools", "utility", "utilities", "actions", "reactions",
            "storyline", "excerpt", "archive");
    private static final Set<String> POSITIVE_WORDS = Set.of(
            "article", "articles", "body", "content", "contents", "entry", "main", "post", "story", "text",
            "blog", "hentry", "prose", "richtext", "copy", "column", "paragraph", "paragraphs", "articlebody");
    private static final Set<String> STANDFIRST_WORDS = Set.of(
            "standfirst", "dek", "deck", "subtitle", "subheadline", "subhead", "strapline", "summary", "lede",
            "intro", "excerpt", "description", "teaser", "abstract", "sapo", "chapo");
    private static final String[][] NEGATIVE_PHRASES = {
        {"read", "more"}, {"most", "read"}, {"you", "may"}, {"more", "posts"}, {"more", "stories"},
        {"more", "news"}, {"more", "articles"}, {"up", "next"}
    };
    /** Word → its flags and the phrases it starts or ends, for the ASCII path. */
    private static final WordTable WORDS = WordTable.build(NEGATIVE_WORDS, POSITIVE_WORDS, STANDFIRST_WORDS,
            NEGATIVE_PHRASES);

    private static final byte LOWER = 1;
    private static final byte UPPER = 2;
    private static final byte DIGIT = 3;
    /** What each ASCII character is to a word: 0 for a separator. */
    private static final byte[] KIND = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) KIND[c] = LOWER;
        for (char c = 'A'; c <= 'Z'; c++) KIND[c] = UPPER;
        for (char c = '0'; c <= '9'; c++) KIND[c] = DIGIT;
    }

    private char[] lower = new char[64];
    /**
     * The values of this page read so far (half of a page's values repeat one before), in an open-addressing table
     * placed by a few sampled characters: {@code String.hashCode} would read every character of each new value.
     */
    private String[] seenValues = new String[1024];
    private int[] seenFlags = new int[1024];
    private int seenCount;

    /** The flags of one class, id, role or itemprop value: the same as {@link #analyse}. */
    int ofAttribute(String value) {
        int n = value.length();
        if (n == 0) return 0;
        int mask = seenValues.length - 1;
        int slot = place(value, n) & mask;
        for (String k; (k = seenValues[slot]) != null; slot = (slot + 1) & mask) {
            if (k == value || k.equals(value)) return seenFlags[slot];
        }
        int flags = read(value, n);
        seenValues[slot] = value;
        seenFlags[slot] = flags;
        if (2 * ++seenCount > seenValues.length) growSeen();
        return flags;
    }

    /** The length and five sampled characters: enough to tell most of a page's values apart. */
    private static int place(String value, int n) {
        int h = n * 0x9E3779B9 + value.charAt(0) * 31 + value.charAt(n - 1) * 961 + value.charAt(n >> 1) * 29791
                + value.charAt(n >> 2) * 923521 + value.charAt(n - 1 - (n >> 2)) * 28629151;
        return h ^ (h >>> 15);
    }

    private void growSeen() {
        String[] values = seenValues;
        int[] flags = seenFlags;
        seenValues = new String[values.length * 2];
        seenFlags = new int[values.length * 2];
        int mask = seenValues.length - 1;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) continue;
            int slot = place(values[i], values[i].length()) & mask;
            while (seenValues[slot] != null) slot = (slot + 1) & mask;
            seenValues[slot] = values[i];
            seenFlags[slot] = flags[i];
        }
    }

    private int read(String value, int n) {
        if (lower.length < n + 1) lower = new char[Math.max(n + 1, lower.length * 2)];
        char[] buf = lower;
        value.getChars(0, n, buf, 0);
        buf[n] = ' '; // ends the last word
        int flags = 0;
        int start = -1; // the current word
        int run = -1; // the current run of letters and digits, across camelCase
        int hash = 0;
        int before = 0; // the phrases the previous word starts
        boolean lowerBefore = false; // whether the previous character was a lower-case letter (camelCase)
        for (int i = 0; i <= n; i++) {
            char c = buf[i];
            if (c >= 0x80) return analyse(value);
            byte kind = KIND[c];
            if (start >= 0 && (kind == 0 || kind == UPPER && lowerBefore)) {
                int word = WORDS.find(buf, start, i - start, hash);
                if (word >= 0) {
                    flags |= WORDS.flags(word) | (before == 0 ? 0 : WORDS.phraseFlags(before, word));
                    before = WORDS.starts(word);
                } else {
                    before = 0;
                }
                start = -1;
            }
            lowerBefore = kind == LOWER;
            if (kind == 0) {
                if (run >= 0 && i - run >= 6) flags |= parts(buf, run, i);
                run = -1;
                continue;
            }
            if (kind == UPPER) buf[i] = c = (char) (c + ('a' - 'A'));
            if (start < 0) {
                start = i;
                hash = 0;
                if (run < 0) run = i;
            }
            hash = 31 * hash + c;
        }
        return flags;
    }

    /**
     * The flags of the substrings in a run of lower-cased letters and digits (they hold neither): one pass, by each
     * substring's first letter.
     */
    private static int parts(char[] buf, int from, int to) {
        int flags = 0;
        for (int i = from; i + 6 <= to; i++) { // the shortest substring has six letters
            switch (buf[i]) {
                case 'c' -> {
                    if (at(buf, to, i, "caption")) flags |= CAPTION;
                    else if (at(buf, to, i, "credit") || at(buf, to, i, "copyright")) flags |= CREDIT;
                }
                case 'p' -> {
                    if (at(buf, to, i, "photographer")) flags |= CREDIT;
                }
                case 's' -> {
                    if (at(buf, to, i, "source")) flags |= CREDIT;
                }
                case 'b' -> {
                    if (at(buf, to, i, "byline")) flags |= CREDIT;
                    else if (at(buf, to, i, "breadcrumb")) flags |= BREADCRUMB;
                }
                default -> { }
            }
        }
        return flags;
    }

    private static boolean at(char[] buf, int n, int i, String part) {
        int len = part.length();
        if (i + len > n) return false;
        for (int k = 1; k < len; k++) if (buf[i + k] != part.charAt(k)) return false;
        return true;
    }

    static int analyse(String value) {
        List<String> words = words(value);
        int flags = 0;
        if (isNegative(words)) flags |= NEGATIVE;
        for (String w : words) {
            if (POSITIVE_WORDS.contains(w)) flags |= POSITIVE;
            if (STANDFIRST_WORDS.contains(w)) flags |= STANDFIRST;
            switch (w) {
                case "embed", "embedded", "tweet", "instagram" -> flags |= EMBED;
                case "related", "recirc", "recommended", "recirculation" -> flags |= RELATED;
                case "correction", "corrections", "clarification", "editorsnote", "editornote" -> flags |= NOTE;
                case "byline", "author", "authors" -> flags |= BYLINE;
                case "figure", "image", "photo", "media" -> flags |= MEDIA;
                default -> { }
            }
        }
        if (phrase(words, "editors", "note") || phrase(words, "editor", "note")
                || phrase(words, "editor", "notes")) {
            flags |= NOTE;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.contains("caption")) flags |= CAPTION;
        if (lower.contains("credit") || lower.contains("copyright") || lower.contains("photographer")
                || lower.contains("source") || lower.contains("byline")) {
            flags |= CREDIT;
        }
        if (lower.contains("breadcrumb")) flags |= BREADCRUMB;
        return flags;
    }

    /** Readability's class weight: -25 for boilerplate words, +25 for content words, both when both. */
    static int weight(int flags) {
        return ((flags & POSITIVE) != 0 ? 25 : 0) - ((flags & NEGATIVE) != 0 ? 25 : 0);
    }

    static boolean has(int flags, int flag) {
        return (flags & flag) != 0;
    }

    static List<String> words(String raw) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean boundary = !Character.isLetterOrDigit(c)
                    || (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(raw.charAt(i - 1)));
            if (boundary && !word.isEmpty()) {
                out.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (Character.isLetterOrDigit(c)) word.append(c);
        }
        if (!word.isEmpty()) out.add(word.toString().toLowerCase(Locale.ROOT));
        return out;
    }

    private static boolean isNegative(List<String> words) {
        for (String w : words) if (NEGATIVE_WORDS.contains(w)) return true;
        for (String[] p : NEGATIVE_PHRASES) if (phrase(words, p[0], p[1])) return true;
        return false;
    }

    private static boolean phrase(List<String> words, String a, String b) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(a) && words.get(i + 1).equals(b)) return true;
        }
        return false;
    }
}
