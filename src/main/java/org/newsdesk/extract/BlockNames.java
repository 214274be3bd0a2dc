package org.newsdesk.extract;

/**
 * The tag names that break text into blocks for every pass that reads text: jsoup's {@code text()}, the page
 * index, {@link TextLines} (table cells there break with a separator) and {@link BodyWriter}. White space between
 * two of them is never read, so {@link PageScan} leaves it out. Stateless and thread-safe.
 */
final class BlockNames {

    /** The names by length, lower case. One- and two-letter names are tested apart. */
    private static final String[][] BY_LENGTH = {
            {}, {}, {}, {"div", "nav"}, {"main", "form", "body", "html", "head"},
            {"table", "thead", "tbody", "tfoot", "aside"}, {"header", "footer", "figure"},
            {"section", "article"}, {}, {}, {"blockquote", "figcaption"}};

    private BlockNames() {
    }

    /** Whether the tag name {@code [from, to)} of the page, in any case, is one of the block names. */
    static boolean isBlock(String html, int from, int to) {
        int len = to - from;
        if (len <= 0 || len >= BY_LENGTH.length) return false;
        char c0 = (char) (html.charAt(from) | 0x20);
        if (len == 1) return c0 == 'p';
        if (len == 2) return isTwoLetterBlock(c0, (char) (html.charAt(from + 1) | 0x20));
        for (String name : BY_LENGTH[len]) {
            if (name.charAt(0) == c0 && matches(html, from, name)) return true;
        }
        return false;
    }

    private static boolean isTwoLetterBlock(char c0, char c1) {
        return switch (c0) {
            case 'l' -> c1 == 'i';
            case 'u', 'o' -> c1 == 'l';
            case 'd' -> c1 == 'l' || c1 == 't' || c1 == 'd';
            case 't' -> c1 == 'r' || c1 == 'd' || c1 == 'h';
            case 'h' -> c1 >= '1' && c1 <= '6';
            default -> false;
        };
    }

    private static boolean matches(String html, int from, String name) {
        for (int k = 1; k < name.length(); k++) if ((html.charAt(from + k) | 0x20) != name.charAt(k)) return false;
        return true;
    }
}
