package org.newsdesk.extract;

import java.util.function.IntPredicate;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/** Small text normalizations shared by the extractor's passes, written as loops as they run on every block. */
final class Text {

    private Text() {
    }

    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00a0') return false; // most characters: printable ASCII and Latin-1, one test
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\u3000'
                || c >= '\u2000' && c <= '\u200b' || c == '\u202f' || c == '\u205f' || c == '\ufeff'
                || c == '\u000b';
    }

    /** Collapses every run of white space (including no-break and zero-width spaces) to one space and strips. */
    static String normalize(@Nullable String s) {
        if (s == null || s.isEmpty()) return "";
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) i++;
        // words and the single plain spaces between them are copied in stretches; a builder only when one changes
        StringBuilder out = null;
        int from = i;
        while (i < n) {
            while (i < n && !isSpace(s.charAt(i))) i++;
            if (i == n) break;
            int run = i;
            while (i < n && isSpace(s.charAt(i))) i++;
            if (i < n && i - run == 1 && s.charAt(run) == ' ') continue;
            if (out == null) out = new StringBuilder(n);
            out.append(s, from, run);
            if (i < n) out.append(' ');
            from = i;
        }
        if (out == null) return from == 0 ? s : s.substring(from);
        return out.append(s, from, n).toString();
    }

    /** Like {@link #normalize} but keeps line breaks (for preformatted text). */
    static String collapse(String s) {
        if (s.indexOf('\n') < 0) return normalize(s);
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            String l = normalize(line);
            if (!l.isEmpty() || !out.isEmpty()) out.append(l).append('\n');
        }
        return out.toString().strip();
    }

    /** The string, or null when it is blank after normalizing. */
    static @Nullable String orNull(@Nullable String s) {
        String n = normalize(s);
        return n.isEmpty() ? null : n;
    }

    /** Whether any text below the element has a character that is not white space; stops at the first. */
    static boolean hasText(Element e) {
        return first(e, c -> !StringUtil.isWhitespace(c)) != NONE;
    }

    /**
     * Whether the element's text, as {@code text()} gives it, has a character that {@link #normalize} keeps: one
     * that is no white space and not the soft hyphen {@code text()} leaves out. Stops at the first.
     */
    static boolean hasVisible(Element e) {
        return first(e, c -> !isSpace((char) c) && c != '\u00ad') != NONE;
    }

    /** The first character of the element's text that is not white space, or 0 when it has none. */
    static char firstChar(Element e) {
        int c = first(e, k -> !isSpace((char) k));
        return c == NONE ? 0 : (char) c;
    }

    private static final int NONE = -1;

    /** The first character of the text below the element, in document order, that the test takes; else {@link #NONE}. */
    private static int first(Element e, IntPredicate takes) {
        for (Node n = e.firstChild(); n != null; ) {
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) if (takes.test(s.charAt(i))) return s.charAt(i);
            }
            if (n.childNodeSize() > 0) {
                n = n.firstChild();
                continue;
            }
            while (n != null && n != e && n.nextSibling() == null) n = n.parent();
            n = n == null || n == e ? null : n.nextSibling();
        }
        return NONE;
    }

    /**
     * Whether the element's text may start with one of the (lower-case) letters: a cheap test before a pattern
     * reads the whole text. Errs towards yes, for white space the patterns skip but {@link #isSpace} does not know.
     */
    static boolean startsWithAny(Element e, String letters) {
        return mayStartWith(firstChar(e), letters);
    }

    /** {@link #startsWithAny} for a first character already found. */
    static boolean mayStartWith(char c, String letters) {
        char folded = Character.toLowerCase(Character.toUpperCase(c));
        return letters.indexOf(folded) >= 0 || letters.indexOf(Character.toLowerCase(c)) >= 0
                || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * The text in lower case after upper-casing it, so that every letter a case-insensitive pattern takes for an
     * ASCII letter ("ſ" for "s") becomes that letter: a safe test before running such a pattern.
     */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        return new String(out);
    }

    /** Runs of non-space characters. */
    static int wordCount(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = isSpace(s.charAt(i));
            if (!ws && !inWord) n++;
            inWord = !ws;
        }
        return n;
    }
}
