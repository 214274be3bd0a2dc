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
        Lines lines = new Lines();
        int preAround = 0; // the root inside a pre: all its text is preformatted
        for (Element e = root.parent(); e != null; e = e.parent()) if (e.nameIs("pre")) preAround = 1;
        int[] pre = {preAround}; // open pre elements
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (pre[0] > 0) lines.preformatted(text.getWholeText());
                    else lines.text(text.getWholeText());
                } else if (node instanceof Element e) {
                    if (!captions && e.nameIs("figure")) return FilterResult.SKIP_ENTIRELY;
                    if (e.nameIs("pre")) pre[0]++;
                    if (BLOCKS.contains(e.normalName())) lines.flush();
                    else if (e.nameIs("td") || e.nameIs("th")) lines.cellBreak();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.nameIs("pre")) pre[0]--;
                    if (BLOCKS.contains(e.normalName())) lines.flush();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        lines.flush();
        return lines.out.toString().strip();
    }

    /**
     * The lines written so far and the one being read. Outside {@code pre}, white space is collapsed as the text
     * comes (each run to one space, none at the line's start) and the characters jsoup's {@code text()} leaves out
     * are left out, so a line is written without another pass; a line with preformatted text is kept as it comes and
     * collapsed line by line when it is written ({@link Text#collapse}).
     */
    private static final class Lines {
        final StringBuilder out = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private boolean preformatted; // the line holds preformatted text
        private boolean space = true; // the line is empty or ends in a collapsed space
        private boolean visible; // the line holds a character that is not white space
        /** The last three characters the line was given, before collapsing: a cell break follows no " | ". */
        private char last1;
        private char last2;
        private char last3;

        void text(String s) {
            int n = s.length();
            int run = 0; // the characters from here to i are copied as they are
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c > ' ' && c < '\u00a0') continue; // most characters: one test
                if (c == '\u200b' || c == '\u00ad') {
                    copy(s, run, i);
                    run = i + 1;
                } else if (Text.isSpace(c)) {
                    copy(s, run, i);
                    if (!space) line.append(' ');
                    space = true;
                    note(' ');
                    run = i + 1;
                }
            }
            copy(s, run, n);
        }

        /** Copies {@code s[from, to)}, which holds no white space. */
        private void copy(String s, int from, int to) {
            if (to <= from) return;
            line.append(s, from, to);
            space = false;
            given(s, from, to);
        }

        void preformatted(String s) {
            line.append(s);
            preformatted = true;
            if (!s.isEmpty()) space = Text.isSpace(s.charAt(s.length() - 1));
            given(s, 0, s.length());
        }

        /** Notes the characters {@code s[from, to)} the line was given: its last three, and whether any shows. */
        private void given(String s, int from, int to) {
            for (int i = Math.max(from, to - 3); i < to; i++) note(s.charAt(i));
            for (int i = from; i < to && !visible; i++) visible = !Character.isWhitespace(s.charAt(i));
        }

        private void note(char c) {
            last1 = last2;
            last2 = last3;
            last3 = c;
        }

        /** Parts a table cell from the one before it in the same row: nothing before the first. */
        void cellBreak() {
            if (!visible || last1 == ' ' && last2 == '|' && last3 == ' ') return;
            if (!space) line.append(' ');
            line.append("| ");
            space = true;
            note(' ');
            note('|');
            note(' ');
        }

        void flush() {
            last1 = last2 = last3 = 0; // the white space the line was given goes with it
            if (line.isEmpty()) return; // most block ends follow a flush already: nothing to collapse
            if (preformatted) {
                String s = Text.collapse(line.toString());
                while (s.endsWith("|")) s = s.substring(0, s.length() - 1).strip();
                if (!s.isEmpty()) out.append(s).append('\n');
            } else {
                writeCollapsed();
            }
            line.setLength(0);
            preformatted = false;
            space = true;
            visible = false;
        }

        /** Writes the collapsed line without its trailing space and cell breaks, straight from the builder. */
        private void writeCollapsed() {
            int start = 0;
            int end = line.length();
            if (line.charAt(end - 1) == ' ') end--;
            while (end > start && line.charAt(end - 1) == '|') { // as String.strip() would after each
                end--;
                while (end > start && Character.isWhitespace(line.charAt(end - 1))) end--;
                while (start < end && Character.isWhitespace(line.charAt(start))) start++;
            }
            if (end > start) out.append(line, start, end).append('\n');
        }
    }
}
