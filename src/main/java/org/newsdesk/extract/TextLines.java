package org.newsdesk.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Plain text of an element tree: one block (paragraph, heading, list item, table row) a line. Stateless. */
final class TextLines {

    static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table", "thead",
            "tbody", "tfoot", "tr", "caption", "pre", "hr", "br", "address", "form", "fieldset", "details",
            "summary", "center", "body", "html", "picture", "video", "audio");

    private TextLines() {
    }

    static String of(Element root) {
        return of(root, true);
    }

    /** @param captions whether figure captions count as text (an article's prose leaves them out) */
    static String of(Element root, boolean captions) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!captions && node instanceof Element e && e.nameIs("figure")) return FilterResult.SKIP_ENTIRELY;
                if (node instanceof TextNode text) {
                    boolean pre = insidePre(text);
                    appendText(line, text.getWholeText(), pre);
                } else if (node instanceof Element e) {
                    if (BLOCKS.contains(e.normalName())) flush(out, line);
                    else if (e.nameIs("td") || e.nameIs("th")) cellBreak(line);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(out, line);
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(out, line);
        return out.toString().strip();
    }

    private static boolean insidePre(TextNode text) {
        for (Element e = text.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
            if (e.nameIs("pre")) return true;
        }
        return false;
    }

    /**
     * Outside {@code pre}, white space becomes a space (the line is collapsed when it is written) and the characters
     * jsoup's {@code text()} leaves out are left out, without building each text node's normalized copy.
     */
    private static void appendText(StringBuilder line, String text, boolean pre) {
        if (pre) {
            line.append(text);
            return;
        }
        // the runs between the characters to change are copied whole
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < '\u00a0') continue; // most characters: one test
            boolean space = c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0';
            if (!space && c != '\u200b' && c != '\u00ad') continue;
            line.append(text, start, i);
            if (space) line.append(' ');
            start = i + 1;
        }
        line.append(text, start, n);
    }

    /** Parts a table cell from the one before it in the same row: nothing before the first. */
    private static void cellBreak(StringBuilder line) {
        String before = line.toString();
        if (!before.isBlank() && !before.endsWith(" | ")) line.append(" | ");
    }

    private static void flush(StringBuilder out, StringBuilder line) {
        if (line.isEmpty()) return; // most block ends follow a flush already: nothing to collapse
        String s = Text.collapse(line.toString());
        while (s.endsWith("|")) s = s.substring(0, s.length() - 1).strip();
        if (!s.isEmpty()) out.append(s).append('\n');
        line.setLength(0);
    }
}
