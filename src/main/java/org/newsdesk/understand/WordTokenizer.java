package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into words and punctuation marks. Keeps "U.S." and "O'Brien" whole, splits "Merkel's" into
 * "Merkel" marked possessive. A regular expression rather than OpenNLP's tokenizer model: ten times faster here, and
 * the same in every language. Thread-safe.
 */
final class WordTokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                       // U.S., U.K.
            + "|[\\p{L}\\p{M}\\p{N}]+(?:[-'’&.][\\p{L}\\p{M}\\p{N}]+)*"  // words, O'Brien, Jean-Claude, 4.5, AT&T
            + "|\\S");                                                 // any other mark
    private static final String OPENERS = "\"“‘'«„‚(:—–-[";

    /** The tokens of {@code text[start, end)}, offsets relative to {@code text}. */
    List<Token> tokenize(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(start, end);
        boolean initial = true;
        while (m.find()) {
            String word = m.group();
            boolean possessive = false;
            int wordEnd = m.end();
            if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s")) && Character.isLetter(word.charAt(0))) {
                word = word.substring(0, word.length() - 2);
                wordEnd -= 2;
                possessive = true;
            }
            tokens.add(new Token(word, m.start(), wordEnd, initial, possessive));
            initial = word.length() == 1 && opensClause(text, m.start(), start, initial);
        }
        return tokens;
    }

    /** A colon, dash or bracket opens a clause; a quotation mark only when it opens a quotation. */
    private static boolean opensClause(String text, int at, int regionStart, boolean afterOpener) {
        char c = text.charAt(at);
        if (OPENERS.indexOf(c) < 0) return false;
        if (c != '"' && c != '\'' && c != '’') return true;
        return afterOpener || at == regionStart || Character.isWhitespace(text.charAt(at - 1));
    }

    List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }
}
