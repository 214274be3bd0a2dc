package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Takes corrections and editor's notes out of the page, so they become their own field. Stateless. */
final class EditorNotes {

    private static final Pattern NOTE = Pattern.compile(
            "(?iu)^\\s*[\\[(*]?\\s*(correction|corrections|clarification|editor[’'`]?s[’'`]? note|editors[’'`] note|"
            + "note from the editor|an earlier version of this (article|story)|"
            + "this (article|story) (has been|was) (corrected|updated|amended)|"
            + "a previous version of this (article|story))\\b\\s*[:.,—–-]?");
    private static final Pattern CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(correction|corrections|editors?-?note|editor-notes?|clarification)($|[\\s_-])");

    private EditorNotes() {
    }

    /** Removes the notes from the page and returns their text, one note a line; null when there is none. */
    static @Nullable String take(Document doc) {
        List<Element> notes = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (CLASS.matcher(e.className() + " " + e.id()).find() && e.text().length() < 1500
                    && !e.text().isBlank()) {
                notes.add(e);
            }
        }
        for (Element p : doc.body().select("p, em, i, div:not(:has(p, div))")) {
            String text = p.text();
            if (text.length() >= 30 && text.length() < 1200 && NOTE.matcher(text).find()
                    && !inside(p, notes)) {
                notes.add(p);
            }
        }
        if (notes.isEmpty()) return null;
        StringBuilder out = new StringBuilder();
        for (Element n : notes) {
            if (n.parent() == null) continue;
            String t = Text.normalize(n.text());
            if (!t.isEmpty()) out.append(t).append('\n');
            n.remove();
        }
        return Text.orNull(out.toString().strip()) == null ? null : out.toString().strip();
    }

    private static boolean inside(Element e, List<Element> notes) {
        for (Element n : notes) if (n == e || e.parents().contains(n) || n.parents().contains(e)) return true;
        return false;
    }
}
