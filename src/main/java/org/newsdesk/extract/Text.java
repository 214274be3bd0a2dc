package org.newsdesk.extract;

import org.jspecify.annotations.Nullable;

/** Small text normalizations shared by the extractor's passes, written as loops as they run on every block. */
final class Text {

    private Text() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\u3000'
                || c >= '\u2000' && c <= '\u200b' || c == '\u202f' || c == '\u205f' || c == '\ufeff'
                || c == '\u000b';
    }

    /** Collapses every run of white space (including no-break and zero-width spaces) to one space and strips. */
    static String normalize(@Nullable String s) {
        if (s == null || s.isEmpty()) return "";
        StringBuilder out = null;
        boolean space = true;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ws = isSpace(c);
            boolean keep = !ws || !space;
            if (out == null && (ws && (c != ' ' || space) || !keep)) out = new StringBuilder(n).append(s, 0, i);
            if (keep && out != null) out.append(ws ? ' ' : c);
            space = ws;
        }
        String r = out == null ? s : out.toString();
        int end = r.length();
        while (end > 0 && r.charAt(end - 1) == ' ') end--;
        return end == r.length() ? r : r.substring(0, end);
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
