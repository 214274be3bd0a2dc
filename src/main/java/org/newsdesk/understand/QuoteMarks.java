package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans a paragraph puts in quotation marks: straight and curly, double and single, « » and „ “. A
 * single straight mark counts only where it cannot be an apostrophe ("don't", "the Smiths' house"), and single
 * marks inside a double-quoted span are a quotation within the quotation. Thread-safe.
 */
final class QuoteMarks {

    /**
     * One quoted span.
     *
     * @param open   offset of the opening mark
     * @param start  offset of the first quoted character
     * @param end    offset after the last quoted character
     * @param close  offset after the closing mark (the paragraph's length when the quotation runs on)
     * @param closed false when the paragraph ends inside the quotation, which then goes on in the next one
     */
    record Span(int open, int start, int end, int close, boolean closed) {

        boolean contains(int offset) {
            return offset >= open && offset < close;
        }
    }

    List<Span> spans(String p) {
        List<Span> doubles = doubles(p);
        List<Span> singles = singles(p, doubles);
        if (singles.isEmpty()) return doubles;
        List<Span> all = new ArrayList<>(doubles);
        all.addAll(singles);
        all.sort(java.util.Comparator.comparingInt(Span::open));
        return all;
    }

    private static List<Span> doubles(String p) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            boolean opener = c == '“' || c == '„' || c == '«' || (c == '"' && open < 0);
            boolean closer = c == '”' || c == '»' || (c == '"' && open >= 0);
            if (c == '“' && open >= 0 && p.charAt(open) == '„') closer = true;
            if (open >= 0 && closer) {
                spans.add(new Span(open, open + 1, i, i + 1, true));
                open = -1;
            } else if (opener && open < 0) {
                open = i;
            }
        }
        if (open >= 0) spans.add(new Span(open, open + 1, p.length(), p.length(), false));
        return spans;
    }

    private static List<Span> singles(String p, List<Span> doubles) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < p.length(); i++) {
            if (inside(doubles, i)) continue;
            char c = p.charAt(i);
            if (c != '\'' && c != '‘' && c != '’' && c != '‚') continue;
            char before = i == 0 ? ' ' : p.charAt(i - 1);
            char after = i + 1 < p.length() ? p.charAt(i + 1) : ' ';
            boolean startsWord = (Character.isWhitespace(before) || "(—–-[".indexOf(before) >= 0)
                    && (Character.isLetterOrDigit(after) || after == '…');
            boolean endsWord = !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
            if (open < 0 && (c == '‘' || c == '‚' || c == '\'') && startsWord) {
                open = i;
            } else if (open >= 0 && (c == '’' || c == '\'') && endsWord) {
                spans.add(new Span(open, open + 1, i, i + 1, true));
                open = -1;
            }
        }
        if (open >= 0 && open == 0) spans.add(new Span(open, open + 1, p.length(), p.length(), false));
        return spans;
    }

    private static boolean inside(List<Span> spans, int offset) {
        for (Span s : spans) if (s.contains(offset)) return true;
        return false;
    }
}
