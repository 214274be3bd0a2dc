package org.newsdesk.understand;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names and tags are compared and written: case, diacritics, possessives and a leading "the" do not count. */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    /** The form two names are compared in: "São Paulo's" and "sao paulo" fold the same. */
    static String fold(String name) {
        String s = name.strip().replace('’', '\'').replace('‘', '\'');
        if (s.endsWith("'s") || s.endsWith("'S")) s = s.substring(0, s.length() - 2);
        else if (s.endsWith("s'")) s = s.substring(0, s.length() - 1);
        s = stripDiacritics(s).toLowerCase(Locale.ROOT);
        if (s.startsWith("the ")) s = s.substring(4);
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** A hashtag: folded, words joined by '-' ("São Paulo's" → "sao-paulo"). */
    static String slug(String name) {
        String s = NOT_ALNUM.matcher(fold(name).replace("'", "").replace(".", "")).replaceAll("-");
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') start++;
        while (end > start && s.charAt(end - 1) == '-') end--;
        return s.substring(start, end);
    }

    static String stripDiacritics(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        return s;
    }
}
