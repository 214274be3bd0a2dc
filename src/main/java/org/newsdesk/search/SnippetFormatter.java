package org.newsdesk.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Builds HTML-escaped snippets with matches in {@code <mark>}, passages joined by an ellipsis. Not thread-safe: one
 * per search, as it keeps the buffer it escapes text through (the static methods are thread-safe).
 */
final class SnippetFormatter extends PassageFormatter {

    private static final int LEAD_LENGTH = 240;
    /** The longest passage shown: a sentence may run on for a paragraph, or a text may have no full stops. */
    private static final int PASSAGE_LENGTH = 280;
    /** How much of a long passage is kept before its first match. */
    private static final int BEFORE_MATCH = 80;

    private char[] buffer = new char[PASSAGE_LENGTH * 2];

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        for (Passage passage : passages) {
            int from = windowStart(passage, content);
            int to = windowEnd(passage, content, from);
            boolean cutBefore = from > passage.getStartOffset();
            if (!out.isEmpty() || cutBefore) out.append(out.isEmpty() ? "…" : " … ");
            int pos = from;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (start < pos || end > to) continue; // overlapping, or cut off
                escape(content, pos, start, out, buffer(start - pos));
                out.append("<mark>");
                escape(content, start, end, out, buffer(end - start));
                out.append("</mark>");
                pos = end;
            }
            escape(content, pos, to, out, buffer(to - pos));
            if (to < passage.getEndOffset()) out.append('…');
        }
        return out.toString().strip();
    }

    /** Where to start showing a passage: its start, or a word start shortly before its first match. */
    private static int windowStart(Passage passage, String content) {
        int start = passage.getStartOffset();
        if (passage.getEndOffset() - start <= PASSAGE_LENGTH || passage.getNumMatches() == 0) return start;
        int firstMatch = passage.getMatchStarts()[0];
        if (firstMatch - start <= BEFORE_MATCH) return start;
        int space = content.indexOf(' ', firstMatch - BEFORE_MATCH);
        return space >= 0 && space < firstMatch ? space + 1 : firstMatch;
    }

    /** Where to stop showing a passage: its end, or a word end at most {@link #PASSAGE_LENGTH} after the start. */
    private static int windowEnd(Passage passage, String content, int from) {
        int end = passage.getEndOffset();
        if (end - from <= PASSAGE_LENGTH) return end;
        int limit = from + PASSAGE_LENGTH;
        int firstMatchEnd = passage.getNumMatches() == 0 ? from : passage.getMatchEnds()[0];
        int space = content.lastIndexOf(' ', limit);
        return space > from && space >= firstMatchEnd ? space : Math.max(limit, firstMatchEnd);
    }

    /** The opening of a body, for hits that matched elsewhere than in the body. */
    static String lead(String body) {
        StringBuilder out = new StringBuilder();
        String text = body.length() <= LEAD_LENGTH ? body : body.substring(0, body.lastIndexOf(' ', LEAD_LENGTH) + 1) + "…";
        escape(text, 0, text.length(), out, new char[text.length()]);
        return out.toString().replace('\n', ' ').strip();
    }

    /** The whole text, HTML-escaped on one line. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), out, new char[text.length()]);
        return out.toString().strip();
    }

    /** This formatter's buffer, with room for at least this many characters. */
    private char[] buffer(int length) {
        if (buffer.length < length) buffer = new char[Math.max(length, buffer.length * 2)];
        return buffer;
    }

    /**
     * Appends the text escaped, runs of ordinary characters at once: most of a snippet needs no escaping. The
     * characters are copied out into the buffer first, as reading a string a character at a time checks its bounds
     * and coding each time.
     */
    private static void escape(String s, int from, int to, StringBuilder out, char[] chars) {
        if (to <= from) return;
        int length = to - from;
        s.getChars(from, to, chars, 0);
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c > '>' || (c != '<' && c != '>' && c != '&' && c != '"' && c != '\'' && c != '\n')) continue;
            out.append(chars, run, i - run).append(switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> " ";
            });
            run = i + 1;
        }
        out.append(chars, run, length - run);
    }
}
