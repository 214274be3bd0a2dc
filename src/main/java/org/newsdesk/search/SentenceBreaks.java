package org.newsdesk.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets: after a full stop, question or exclamation mark followed by white space, and
 * after a line break, each boundary where the next sentence's first character is. Found where they are asked for,
 * by looking at the text around the offset: the highlighter asks for the boundaries around a few matches of a
 * body, and finding every boundary of every hit's body first was most of the cost of breaking it. (The JDK's
 * sentence iterator follows the Unicode rules through a character iterator and cost a tenth of a whole search;
 * snippets only need passages that read as sentences.) Not thread-safe: one per highlighted field.
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    /** The boundary the iterator is at. */
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator characters) {
        StringBuilder out = new StringBuilder();
        for (char c = characters.first(); c != CharacterIterator.DONE; c = characters.next()) out.append(c);
        setText(out.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int result = current();
        for (int i = 0; i < n && result != DONE; i++) result = next();
        for (int i = 0; i > n && result != DONE; i--) result = previous();
        return result;
    }

    @Override
    public int next() {
        return current >= text.length() ? DONE : following(current);
    }

    @Override
    public int previous() {
        return current <= 0 ? DONE : preceding(current);
    }

    @Override
    public int following(int offset) {
        int length = text.length();
        if (offset >= length) {
            current = length;
            return DONE;
        }
        int at = Math.max(offset + 1, 1);
        while (at < length && !startsSentence(at)) at++;
        current = at;
        return at;
    }

    @Override
    public int preceding(int offset) {
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        int length = text.length();
        int at = Math.min(offset - 1, length);
        while (at > 0 && at < length && !startsSentence(at)) at--;
        current = at;
        return at;
    }

    @Override
    public int current() {
        return current;
    }

    /**
     * Whether a sentence starts at this offset, inside the text: its character is not white space, and the white
     * space before it holds a line break or follows a sentence's end.
     */
    private boolean startsSentence(int at) {
        if (isSpace(text.charAt(at)) || !isSpace(text.charAt(at - 1))) return false;
        int before = at - 1;
        while (before >= 0 && isSpace(text.charAt(before))) {
            if (text.charAt(before) == '\n') return true;
            before--;
        }
        if (before < 0) return false;
        char end = text.charAt(before);
        return end == '.' || end == '?' || end == '!';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0';
    }
}
