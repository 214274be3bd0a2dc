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
        int skipUntil = 0;
        for (int i = page.end(page.document().head()); i < all.size(); i++) {
            if (i < skipUntil) continue;
            Element e = all.get(i);
            int text = page.text(e);
            boolean classed = ClassFlags.has(page.flags(e), ClassFlags.NOTE) && text > 0 && text < 1500;
            if (classed || isNoteParagraph(page, e, text)) {
                notes.add(e);
                skipUntil = page.end(e);
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

    private static boolean isNoteParagraph(PageIndex page, Element e, int text) {
        if (text < 30 || text >= 1200) return false;
        boolean candidate = e.nameIs("p") || e.nameIs("em") || e.nameIs("i")
                || e.nameIs("div") && page.blocks(e) == 0;
        // every note the pattern knows starts with one of these: most paragraphs are passed over unread
        return candidate && "cCeEaAtTnN[(*".indexOf(Text.firstChar(e)) >= 0 && NOTE.matcher(e.text()).find();
    }
}
