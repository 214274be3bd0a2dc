package org.newsdesk.extract;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Questions the page scan ({@link PageScan}, {@link ChromeScan}, {@link MenuSpans}) asks of a page's text in place,
 * the way the HTML tokenizer reads it: tag names, end tags, words inside a tag. Nothing is copied. Not thread-safe;
 * one per page (it holds the page).
 */
final class Markup {

    /**
     * Elements that start and end a line of text: the white space beside their tags is never read (it lies at the
     * start or end of a line), by jsoup's {@code text()} or by {@link TextLines}.
     */
    private static final String[][] BLOCKS = byFirstLetter("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "dl", "dt", "dd", "tr", "td", "th", "div", "nav", "main", "form", "body", "html", "head", "table", "thead",
            "tbody", "tfoot", "aside", "header", "footer", "figure", "center", "article", "section", "caption",
            "address", "details", "summary", "fieldset", "blockquote", "figcaption");
    /** The names of most tags a page has, shared by {@link #tagName}. */
    private static final String[][] NAMES = byFirstLetter("a", "abbr", "address", "article", "aside", "b", "body",
            "br", "button", "caption", "circle", "code", "dd", "defs", "div", "dl", "dt", "em", "figcaption", "figure",
            "footer", "form", "g", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe",
            "img", "input", "label", "li", "link", "main", "menu", "meta", "nav", "noscript", "ol", "option", "p",
            "path", "picture", "pre", "rect", "script", "section", "select", "small", "source", "span", "strong",
            "style", "svg", "symbol", "table", "tbody", "td", "template", "th", "time", "title", "tr", "u", "ul",
            "use");

    private final String html;
    private final int n;

    Markup(String html) {
        this.html = html;
        this.n = html.length();
    }

    /** Lower-case names grouped by their first letter, so that a lookup compares a few. */
    private static String[][] byFirstLetter(String... names) {
        String[][] table = new String[26][];
        for (int k = 0; k < 26; k++) {
            char letter = (char) ('a' + k);
            table[k] = Arrays.stream(names).filter(name -> name.charAt(0) == letter).toArray(String[]::new);
        }
        return table;
    }

    /** The name of {@code table} that the tag name {@code [from, to)} is, in any case; null when none. */
    private @Nullable String find(String[][] table, int from, int to) {
        int letter = (html.charAt(from) | 0x20) - 'a';
        if (letter < 0 || letter >= 26) return null;
        for (String name : table[letter]) if (nameIs(from, to, name)) return name;
        return null;
    }

    /** The tag name {@code [from, to)} in lower case: one of a few shared strings for most tags, else a copy. */
    String tagName(int from, int to) {
        String known = find(NAMES, from, to);
        return known != null ? known : html.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /** Whether the tag name {@code [from, to)} is of an element that starts and ends a line of text. */
    boolean isBlockName(int from, int to) {
        return find(BLOCKS, from, to) != null;
    }

    /**
     * The values of the attributes named {@code names} (lower case) of a tag whose attributes run
     * {@code [from, gt)}, as written, in one pass: for each name the first such attribute's, or null when the tag
     * has none.
     */
    @Nullable String[] attributes(int from, int gt, String... names) {
        String[] values = new String[names.length];
        int i = from;
        while (i < gt) {
            char c = html.charAt(i);
            if (c == '/' || isTagSpace(c)) {
                i++;
                continue;
            }
            int nameFrom = i; // its first character belongs to the name, even '='
            for (i++; i < gt && (c = html.charAt(i)) != '=' && c != '/' && !isTagSpace(c); i++) { }
            int nameTo = i;
            while (i < gt && isTagSpace(html.charAt(i))) i++;
            String value = "";
            if (i < gt && html.charAt(i) == '=') {
                for (i++; i < gt && isTagSpace(html.charAt(i)); i++) { }
                int valueFrom = i;
                if (i < gt && ((c = html.charAt(i)) == '"' || c == '\'')) {
                    int close = html.indexOf(c, i + 1);
                    if (close < 0 || close > gt) close = gt;
                    value = html.substring(i + 1, close);
                    i = close + 1;
                } else {
                    while (i < gt && !isTagSpace(html.charAt(i))) i++;
                    value = html.substring(valueFrom, i);
                }
            }
            for (int k = 0; k < names.length; k++) {
                if (values[k] == null && nameIs(nameFrom, nameTo, names[k])) values[k] = value;
            }
        }
        return values;
    }

    boolean nameIs(int from, int to, String name) {
        return to - from == name.length() && matches(from, name);
    }

    /** Whether the page has the lower-case ASCII name at {@code from}, in any case. */
    boolean matches(int from, String name) {
        if (from + name.length() > n) return false;
        for (int k = 0; k < name.length(); k++) if ((html.charAt(from + k) | 0x20) != name.charAt(k)) return false;
        return true;
    }

    /** Whether the tag {@code [lt, gt]} holds any of the lower-case words, in any case. */
    boolean mentions(int lt, int gt, String... words) {
        for (String word : words) if (mentions(lt, gt, word)) return true;
        return false;
    }

    /** Whether the tag {@code [lt, gt]} holds the lower-case word, in any case. */
    boolean mentions(int lt, int gt, String word) {
        int end = gt - word.length() + 1; // where the word can start, exclusive
        if (end <= lt) return false;
        // the first letter is found by indexOf, which reads many characters at a time, in each case
        char lower = word.charAt(0);
        for (int i = html.indexOf(lower, lt, end); i >= 0; i = html.indexOf(lower, i + 1, end)) {
            if (matches(i, word)) return true;
        }
        char upper = Character.toUpperCase(lower);
        if (upper == lower) return false; // "<!--"
        for (int i = html.indexOf(upper, lt, end); i >= 0; i = html.indexOf(upper, i + 1, end)) {
            if (matches(i, word)) return true;
        }
        return false;
    }

    /** Where a tag name that starts at {@code from} ends: white space, '/' or '>'. */
    int nameEnd(int from) {
        int i = from;
        while (i < n && !isTagSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>') i++;
        return i;
    }

    /** The start of the first {@code </name} end tag from {@code from}, as the tokenizer finds it; -1 if none. */
    int endTagAt(int from, String name) {
        return endTagAt(from, name, false);
    }

    /**
     * The start of the {@code </script} end tag of a script whose code starts at {@code from}; -1 if none, or when
     * "&lt;!--" comes first: in a script it can hide the end tag from the tokenizer, and such a page is left as it
     * is.
     */
    int scriptEndAt(int from) {
        return endTagAt(from, "script", true);
    }

    private int endTagAt(int from, String name, boolean stopAtComment) {
        int len = name.length();
        for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
            if (stopAtComment && html.startsWith("<!--", i)) return -1;
            int after = i + 2 + len;
            if (after < n && html.charAt(i + 1) == '/' && matches(i + 2, name)) {
                char c = html.charAt(after);
                if (isTagSpace(c) || c == '/' || c == '>') return i;
            }
        }
        return -1;
    }

    int pastGt(int from) {
        int gt = html.indexOf('>', from);
        return gt < 0 ? n : gt + 1;
    }

    boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) if (!isTagSpace(html.charAt(i))) return false;
        return true;
    }

    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** White space as the tokenizer knows it. */
    static boolean isTagSpace(char c) {
        return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f');
    }
}
