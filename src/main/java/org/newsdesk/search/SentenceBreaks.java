package org.newsdesk.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found in one pass over the text: after a full stop, question or exclamation
 * mark followed by a space, and after a line break. The pass jumps from one such character to the next with
 * {@link String#indexOf(int, int)}, which the JDK vectorises, instead of looking at every character. The JDK's sentence iterator follows the Unicode rules through
 * a character iterator and cost a tenth of a whole search; snippets only need passages that read as sentences.
 * Not thread-safe: one per highlighted field.
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    private int[] bounds = {0};
    private int count = 1;
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        bounds = new int[16];
        count = 0;
        add(0);
        int length = text.length();
        // The next of each character that may end a sentence, each found by the JDK's vectorised search.
        int stop = text.indexOf('.');
        int question = text.indexOf('?');
        int exclamation = text.indexOf('!');
        int line = text.indexOf('\n');
        while (true) {
            int end = nearest(nearest(stop, question), nearest(exclamation, line));
            if (end < 0) break;
            int next = end + 1;
            if (text.charAt(end) == '\n' || (next < length && isSpace(text.charAt(next)))) {
                while (next < length && isSpace(text.charAt(next))) next++;
                add(next);
            }
            if (stop >= 0 && stop < next) stop = text.indexOf('.', next);
            if (question >= 0 && question < next) question = text.indexOf('?', next);
            if (exclamation >= 0 && exclamation < next) exclamation = text.indexOf('!', next);
            if (line >= 0 && line < next) line = text.indexOf('\n', next);
        }
        add(length);
        current = 0;
    }

    /** The nearer of two positions, where -1 is none. */
    private static int nearest(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
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
        return bounds[0];
    }

    @Override
    public int last() {
        current = count - 1;
        return bounds[current];
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
        if (current >= count - 1) return DONE;
        return bounds[++current];
    }

    @Override
    public int previous() {
        if (current == 0) return DONE;
        return bounds[--current];
    }

    @Override
    public int following(int offset) {
        int at = Arrays.binarySearch(bounds, 0, count, offset);
        int index = at >= 0 ? at + 1 : -at - 1;
        if (index >= count) {
            current = count - 1;
            return DONE;
        }
        current = index;
        return bounds[index];
    }

    @Override
    public int preceding(int offset) {
        int at = Arrays.binarySearch(bounds, 0, count, offset);
        int index = (at >= 0 ? at : -at - 1) - 1;
        if (index < 0) {
            current = 0;
            return DONE;
        }
        current = index;
        return bounds[index];
    }

    @Override
    public int current() {
        return bounds[current];
    }

    private void add(int bound) {
        if (count > 0 && bounds[count - 1] == bound) return;
        if (count == bounds.length) bounds = Arrays.copyOf(bounds, count * 2);
        bounds[count++] = bound;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0';
    }
}
