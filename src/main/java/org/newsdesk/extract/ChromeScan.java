package org.newsdesk.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The part of {@link PageScan} that leaves out the content of page chrome (see {@link MenuSpans}): which elements
 * are chrome, and what the tags before one leave open that a tag inside it could act on. Not thread-safe; one per
 * page.
 */
final class ChromeScan {

    /**
     * Page chrome the cleaner removes whole ({@link PageCleaner#CHROME}) and whose content {@link MenuSpans} may leave
     * out. An {@code aside} inside a figure stays: the lead image's caption is read with what its caption holds.
     */
    private static final List<String> MENUS = List.of("nav", "footer", "menu", "aside");

    private final String html;
    private final Markup markup;
    private @Nullable MenuSpans menus;
    /** Start tags of a, button and nobr elements not yet matched by an end tag (more than are open, if any). */
    private int closable;
    private boolean formOpen; // whether the last form tag was a start tag
    private int figures; // start tags of figure elements not yet matched by an end tag

    ChromeScan(String html, Markup markup) {
        this.html = html;
        this.markup = markup;
    }

    /** Notes a start tag whose name is {@code [from, to)}. */
    void start(int from, int to) {
        if (to - from > 6) return;
        if (is(from, to, "form")) formOpen = true;
        else if (is(from, to, "figure")) figures++;
        else if (is(from, to, "a") || is(from, to, "button") || is(from, to, "nobr")) closable++;
    }

    /** Notes an end tag whose name is {@code [from, to)}. */
    void end(int from, int to) {
        if (to - from > 6) return;
        if (is(from, to, "form")) formOpen = false;
        else if (figures > 0 && is(from, to, "figure")) figures--;
        else if (closable > 0 && (is(from, to, "a") || is(from, to, "button") || is(from, to, "nobr"))) closable--;
    }

    /**
     * Where the content to leave out ends (the start of the element's end tag), for a start tag named
     * {@code [from, to)} that ends at {@code gt}; -1 when it is no chrome or its content stays.
     */
    int contentEnd(int from, int to, int gt) {
        for (String name : MENUS) {
            if (!is(from, to, name)) continue;
            if (figures > 0 && name.equals("aside")) return -1;
            if (menus == null) menus = new MenuSpans(html, markup);
            return menus.end(name, to, gt + 1, closable > 0, formOpen);
        }
        return -1;
    }

    private boolean is(int from, int to, String name) {
        return markup.nameIs(from, to, name);
    }
}
