package org.newsdesk.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Builds HTML-escaped snippets with matches in {@code <mark>}, passages joined by an ellipsis. Stateless. */
final class SnippetFormatter extends PassageFormatter {

    private static final int LEAD_LENGTH = 240;

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        for (Passage passage : passages) {
            if (!out.isEmpty()) out.append(" … ");
            int pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (start < pos) continue; // overlapping matches
                escape(content, pos, start, out);
                out.append("<mark>");
                escape(content, start, end, out);
                out.append("</mark>");
                pos = end;
            }
            escape(content, pos, passage.getEndOffset(), out);
        }
        return out.toString().strip();
    }

    /** The opening of a body, for hits that matched elsewhere than in the body. */
    static String lead(String body) {
        StringBuilder out = new StringBuilder();
        String text = body.length() <= LEAD_LENGTH ? body : body.substring(0, body.lastIndexOf(' ', LEAD_LENGTH) + 1) + "…";
        escape(text, 0, text.length(), out);
        return out.toString().replace('\n', ' ').strip();
    }

    /** The whole text, HTML-escaped on one line. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), out);
        return out.toString().strip();
    }

    private static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }
}
