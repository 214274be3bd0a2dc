package org.newsdesk.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words that open the text some pass reads anywhere on the page: {@link NextPages}' pager links,
 * {@link RelatedLinks}' headings and inline prefixes, {@link EditorNotes}' notes. {@link MenuSpans} keeps a menu whose
 * text may be one of them; a pass that comes to read other text in the whole page must add its words here. Not
 * thread-safe: it remembers a first word whose second is in the next text; one per page.
 */
final class MenuWords {

    /** Any second word. */
    private static final Set<String> ANY = Set.of();
    /** First word → the second words that make the text one a pass reads (or {@link #ANY}). */
    private static final Map<String, Set<String>> WORDS = Map.ofEntries(
            Map.entry("next", ANY), Map.entry("continue", ANY), Map.entry("следующая", ANY),
            Map.entry("page", Set.of("2")), Map.entry("related", ANY), Map.entry("recommended", ANY),
            Map.entry("read", Set.of("more", "next", "also")),
            Map.entry("more", Set.of("stories", "news", "articles", "from", "on", "like", "to")),
            Map.entry("you", Set.of("may", "might")), Map.entry("see", Set.of("also", "more")),
            Map.entry("also", Set.of("read")), Map.entry("further", Set.of("reading")),
            Map.entry("читайте", Set.of("также")), Map.entry("по", Set.of("теме")),
            Map.entry("correction", ANY),
            Map.entry("corrections", ANY), Map.entry("clarification", ANY), Map.entry("editor", ANY),
            Map.entry("editors", ANY), Map.entry("note", Set.of("from")), Map.entry("an", Set.of("earlier")),
            Map.entry("this", Set.of("article", "story")), Map.entry("a", Set.of("previous")));
    /** Korean and Japanese write these without a space after them. */
    private static final String[] PREFIXES = {"다음", "관련", "関連", "次"};
    private static final int LONGEST = 16;

    private @Nullable Set<String> pending;
    private boolean pendingMore;

    /** Forgets the first word of the last text (at the start of a menu). */
    void reset() {
        pending = null;
    }

    /** Whether the text {@code [from, to)} of the page may be, or end the start of, text a pass reads. */
    boolean read(String html, int from, int to) {
        int i = skipOpeners(html, from, to);
        if (i == to) return false; // white space between the words keeps the first one pending
        Set<String> second = pending;
        pending = null;
        char c = html.charAt(i);
        if (second != null && (pendingMore && isSeparator(c) || takes(second, word(html, i, to)))) return true;
        if (c == '&') return true; // a character reference the scan does not decode
        if (!mayStartWord(c)) return false; // most words of a menu: no word below starts with their letter
        String first = word(html, i, to);
        if (first == null) return false;
        if (first.equals("don")) return isDontMiss(html, i + 3, to);
        for (String prefix : PREFIXES) if (first.startsWith(prefix)) return true;
        Set<String> next = WORDS.get(first);
        if (next == null) return false;
        if (next.isEmpty()) return true;
        int j = skipSpace(html, i + first.length(), to);
        boolean more = first.equals("more");
        if (j == to) {
            pending = next;
            pendingMore = more;
            return false;
        }
        return more && isSeparator(html.charAt(j)) || takes(next, word(html, j, to));
    }

    /** "Don't miss", with either apostrophe, in any case. */
    private static boolean isDontMiss(String html, int from, int to) {
        return from + 7 <= to && (html.charAt(from) == '\'' || html.charAt(from) == '’')
                && html.regionMatches(true, from + 1, "t miss", 0, 6);
    }

    /** Whether a word may start with the character: the first letters of {@link #WORDS} and {@link #PREFIXES}. */
    private static boolean mayStartWord(char c) {
        char lower = (char) (c | 0x20);
        if (c < 0x80) return lower >= 'a' && lower <= 'z' && "acdefmnprsty".indexOf(lower) >= 0;
        return true; // other scripts: the table decides
    }

    private static boolean takes(Set<String> second, @Nullable String word) {
        return word != null && second.contains(word);
    }

    /** The run of letters and digits at {@code from}, in lower case; null when there is none or it is too long. */
    private static @Nullable String word(String html, int from, int to) {
        int end = from;
        while (end < to && Character.isLetterOrDigit(html.charAt(end))) end++;
        if (end == from || end - from > LONGEST) return null;
        return html.substring(from, end).toLowerCase(Locale.ROOT);
    }

    /** Past white space and the brackets a note may open with. */
    private static int skipOpeners(String html, int from, int to) {
        int i = from;
        while (i < to && (isSpace(html.charAt(i)) || "[(*".indexOf(html.charAt(i)) >= 0)) i++;
        return i;
    }

    private static int skipSpace(String html, int from, int to) {
        int i = from;
        while (i < to && isSpace(html.charAt(i))) i++;
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isSeparator(char c) {
        return ":|»>–—-".indexOf(c) >= 0;
    }
}
