package org.newsdesk.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into word tokens, each with its case and whether it opens a sentence: what the term, name and
 * shingle extraction read. Letters and digits make words; an apostrophe or a dot between digits stays inside one
 * ("7.1", "o'connor"); everything else separates.
 */
record Words(List<String> tokens, boolean[] capitalised, boolean[] allCaps, boolean[] sentenceStart) {

    static Words of(String text) {
        List<String> tokens = new ArrayList<>();
        List<Boolean> caps = new ArrayList<>();
        List<Boolean> upper = new ArrayList<>();
        List<Boolean> starts = new ArrayList<>();
        boolean start = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';') start = true;
                i++;
                continue;
            }
            int from = i;
            while (i < n && continuesWord(text, i)) i++;
            String token = text.substring(from, i);
            tokens.add(token.toLowerCase(java.util.Locale.ROOT));
            caps.add(Character.isUpperCase(token.charAt(0)));
            upper.add(token.length() > 1 && isAllUpper(token));
            starts.add(start);
            start = false;
        }
        return new Words(List.copyOf(tokens), toArray(caps), toArray(upper), toArray(starts));
    }

    int size() {
        return tokens.size();
    }

    String token(int i) {
        return tokens.get(i);
    }

    private static boolean continuesWord(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) return true;
        if ((c == '\'' || c == '\u2019' || c == '.' || c == ',') && i > 0 && i + 1 < text.length()) {
            char before = text.charAt(i - 1);
            char after = text.charAt(i + 1);
            if (c == '\'' || c == '\u2019') return Character.isLetter(before) && Character.isLetter(after)
                    && !(after == 's' && (i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2))));
            return Character.isDigit(before) && Character.isDigit(after);
        }
        return false;
    }

    private static boolean isAllUpper(String token) {
        boolean letter = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }

    private static boolean[] toArray(List<Boolean> values) {
        boolean[] out = new boolean[values.size()];
        for (int i = 0; i < out.length; i++) out[i] = values.get(i);
        return out;
    }
}
