package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Takes corrections and editor's notes out of the page, so they become their own field. Stateless. */
final class EditorNotes {

    private static final Pattern NOTE = Pattern.compile(
            "(?iu)^\\s*[\\[(*]?\\s*(correction|corrections|clarification|editor[’'`]?s[’'`]? note|editors[’'`] note|"
            + "note from the editor|an earlier version of this (article|story)|"
            + "this (article|story) (has been|was) (corrected|updated|amended)|"
            + "a previous version of this (article|story))\\b\\s*[:.,—–-]?");

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
        return candidate && "cCeEaAtTnN[(*".indexOf(Text.firstChar(e)) >= 0 && NOTE.matcher(e.text()).find();
    }
}
