package org.newsdesk.extract;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Small text normalizations shared by the extractor's passes. Stateless. */
final class Text {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]+");
    private static final Pattern LINE_SPACES = Pattern.compile("[ \\t\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]+");

    private Text() {
    }

    /** Collapses every run of white space (including no-break and zero-width spaces) to one space and strips. */
    static String normalize(@Nullable String s) {
        if (s == null || s.isEmpty()) return "";
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Like {@link #normalize} but keeps line breaks (for preformatted text). */
    static String collapse(String s) {
        if (s.indexOf('\n') < 0) return normalize(s);
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            String l = LINE_SPACES.matcher(line).replaceAll(" ").stripTrailing();
            if (!l.isBlank() || !out.isEmpty()) out.append(l).append('\n');
        }
        return out.toString().strip();
    }

    /** The string, or null when it is blank after normalizing. */
    static @Nullable String orNull(@Nullable String s) {
        String n = normalize(s);
        return n.isEmpty() ? null : n;
    }

    static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }
}
