package org.newsdesk.extract;

/**
 * Questions {@link PageScan} asks of a page's text in place, the way the HTML tokenizer reads it: tag names, end
 * tags, words inside a tag. Nothing is copied. Not thread-safe; one per page (it holds the page).
 */
final class Markup {

    private final String html;
    private final int n;

    Markup(String html) {
        this.html = html;
        this.n = html.length();
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

    /** Whether the tag {@code [lt, gt]} holds the lower-case word, in any case. */
    boolean mentions(int lt, int gt, String word) {
        for (int i = lt; i + word.length() <= gt; i++) if (matches(i, word)) return true;
        return false;
    }

    boolean opensComment(int from, int to) {
        for (int i = html.indexOf('<', from, to); i >= 0; i = html.indexOf('<', i + 1, to)) {
            if (html.startsWith("<!--", i)) return true;
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
        int len = name.length();
        for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
            int after = i + 2 + len;
            if (after < n && html.charAt(i + 1) == '/' && matches(i + 2, name)) {
                char c = html.charAt(after);
                if (isTagSpace(c) || c == '/' || c == '>') return i;
            }
        }
        return -1;
    }

    boolean mentionsJson(int lt, int gt) {
        for (int i = lt; i + 4 <= gt; i++) {
            char c = html.charAt(i);
            if ((c == 'j' || c == 'J') && matches(i, "json")) return true;
        }
        return false;
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
