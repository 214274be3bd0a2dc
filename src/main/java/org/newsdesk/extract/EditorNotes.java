package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/** Takes corrections and editor's notes out of the page, so they become their own field. Stateless. */
final class EditorNotes {

    private static final Pattern NOTE = Pattern.compile(
            "(?iu)^\\s*[\\[(*]?\\s*(correction|corrections|clarification|editor[’'`]?s[’'`]? note|editors[’'`] note|"
            + "note from the editor|an earlier version of this (article|story)|"
            + "this (article|story) (has been|was) (corrected|updated|amended)|"
            + "a previous version of this (article|story))\\b\\s*[:.,—–-]?");

    /** The first word of each note the pattern knows. */
    private static final String[] FIRST_WORDS = {
        "correction", "corrections", "clarification", "editor", "editors", "note", "an", "this", "a"
    };

    private EditorNotes() {
    }

    /** Removes the notes from the page and returns their text, one note a line; null when there is none. */
    static @Nullable String take(PageIndex page) {
        List<Element> notes = new ArrayList<>();
        List<Element> all = page.elements();
        for (int i = page.end(page.document().head()); i < all.size(); i++) {
            int text = page.textAt(i);
            if (text == 0) continue;
            boolean classed = ClassFlags.has(page.flagsAt(i), ClassFlags.NOTE) && text < 1500;
            if (classed || isNoteParagraph(page, all.get(i), i, text)) {
                notes.add(all.get(i));
                i = page.endAt(i) - 1;
            }
        }
        if (notes.isEmpty()) return null;
        StringBuilder out = new StringBuilder();
        for (Element n : notes) {
            String t = Text.normalize(n.text());
            if (!t.isEmpty()) out.append(t).append('\n');
            page.detach(n);
        }
        String joined = out.toString().strip();
        return joined.isEmpty() ? null : joined;
    }

    private static boolean isNoteParagraph(PageIndex page, Element e, int at, int text) {
        if (text < 30 || text >= 1200) return false;
        boolean candidate = e.nameIs("p") || e.nameIs("em") || e.nameIs("i")
                || e.nameIs("div") && page.blocksAt(at) == 0;
        // every note the pattern knows starts with one of these: most paragraphs are passed over unread
        return candidate && "cCeEaAtTnN[(*".indexOf(Text.firstChar(e)) >= 0 && mayOpenNote(e)
                && NOTE.matcher(e.text()).find();
    }

    /**
     * Whether the text's first word is one a note starts with. The word runs over element edges, where the text
     * may have a space the markup does not show: such a word only needs to start with one.
     */
    private static boolean mayOpenNote(Element e) {
        StringBuilder word = new StringBuilder(16);
        boolean crossed = false;
        boolean started = false;
        for (Node n = e.firstChild(); n != null && word.length() < 16; ) {
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (!started && (c == '[' || c == '(' || c == '*' || Text.isSpace(c) || Character.isWhitespace(c)
                            || Character.isSpaceChar(c))) {
                        continue;
                    }
                    if (!Character.isLetter(c)) return opens(word.toString(), crossed);
                    if (started && i == 0) crossed = true;
                    started = true;
                    word.append(Character.toLowerCase(Character.toUpperCase(c)));
                }
            }
            if (n.childNodeSize() > 0) {
                n = n.firstChild();
                continue;
            }
            while (n != null && n != e && n.nextSibling() == null) n = n.parent();
            n = n == null || n == e ? null : n.nextSibling();
        }
        return word.length() >= 16 || opens(word.toString(), crossed);
    }

    private static boolean opens(String word, boolean crossed) {
        for (String w : FIRST_WORDS) if (word.equals(w) || crossed && word.startsWith(w)) return true;
        return false;
    }
}
