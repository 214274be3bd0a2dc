package org.newsdesk.extract;

import static org.newsdesk.extract.Markup.isTagSpace;

import java.util.List;
import java.util.stream.Stream;

/**
 * The attributes of a tag as {@link PageScan} reads them: where the tag ends, and the attributes that serve scripts
 * left out on the way (event handlers, data and ARIA attributes no pass reads). Stateless.
 */
final class AttributeCuts {

    /** The data and ARIA attributes some pass reads: the others are dropped with event handlers. */
    private static final List<String> READ = Stream.concat(Figures.SOURCES.stream(),
            Stream.of(Figures.LAZY_SRCSET, "aria-hidden")).filter(a -> a.contains("-")).toList();

    private AttributeCuts() {
    }

    /**
     * The '>' that ends a tag whose attributes start at {@code from}, or -1 at the end of the page, by the
     * tokenizer's attribute states. Attributes no pass reads (see {@link #unread}) are cut on the way when
     * {@code mayCut}, unless the tag does not end.
     */
    static int tagEnd(String h, int from, PageCuts cuts, boolean mayCut) {
        int n = h.length();
        int cutsBefore = cuts.count();
        int i = from;
        while (i < n) {
            char c = h.charAt(i);
            if (c == '>') return i;
            if (c == '/' || isTagSpace(c)) {
                i++;
                continue;
            }
            // the attribute name: its first character belongs to it, even a quote or '='
            int name = i;
            for (i++; i < n; i++) {
                c = h.charAt(i);
                if (c == '=' || c == '>' || c == '/' || isTagSpace(c)) break;
            }
            int nameEnd = i;
            int end = i; // of the attribute, value included
            while (i < n && isTagSpace(c = h.charAt(i))) i++;
            if (i < n && c == '=') {
                for (i++; i < n && isTagSpace(c = h.charAt(i)); i++) { }
                if (i >= n) break;
                if (c == '"' || c == '\'') {
                    int close = h.indexOf(c, i + 1);
                    if (close < 0) break;
                    i = close + 1;
                } else {
                    while (i < n && (c = h.charAt(i)) != '>' && !isTagSpace(c)) i++;
                }
                end = i;
            }
            if (mayCut && unread(h, name, nameEnd)) cuts.add(name, end);
        }
        cuts.rollBack(cutsBefore);
        return -1;
    }

    /**
     * Whether the attribute named {@code [from, to)} is one no pass reads: an event handler ({@code on…}), or an
     * ARIA or data attribute other than {@link #READ}. These are a tenth of a news page's characters (tracking
     * data, component state), which the parser is spared.
     */
    private static boolean unread(String html, int from, int to) {
        int len = to - from;
        if (len < 3) return false;
        char c = html.charAt(from);
        if (c == 'o' || c == 'O') return (html.charAt(from + 1) | 0x20) == 'n';
        if (len < 6 || html.charAt(from + 4) != '-') return false;
        if (!(c == 'd' || c == 'D') || !matches(html, from, "data")) {
            if (!(c == 'a' || c == 'A') || !matches(html, from, "aria")) return false;
        }
        return !isRead(html, from, to);
    }

    /** Whether the attribute name {@code [from, to)} is one of {@link #READ}, in any case; without building it. */
    private static boolean isRead(String html, int from, int to) {
        for (String name : READ) if (to - from == name.length() && matches(html, from, name)) return true;
        return false;
    }

    /** Whether the page has the lower-case ASCII name at {@code from}, in any case. */
    private static boolean matches(String html, int from, String name) {
        if (from + name.length() > html.length()) return false;
        for (int k = 0; k < name.length(); k++) if ((html.charAt(from + k) | 0x20) != name.charAt(k)) return false;
        return true;
    }
}
