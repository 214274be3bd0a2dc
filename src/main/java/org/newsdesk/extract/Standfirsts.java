package org.newsdesk.extract;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/** Finds the standfirst (dek): the sentence under the headline that sums the article up. Stateless. */
final class Standfirsts {
    private static final Evaluator SCOPE = QueryParser.parse("header, article, main");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");


    private Standfirsts() {
    }

    /** The standfirst element under the headline, read before the page is cleaned; null when there is none. */
    static @Nullable Element find(PageIndex page) {
        Element body = page.document().body();
        Element h1 = page.headline();
        Element scope = h1 == null ? body : h1.closest(SCOPE);
        if (scope == null) scope = body;
        List<Element> all = page.elements();
        int within = page.index(scope);
        // by position: flags, extents and text lengths sit in arrays, with no element looked up
        for (int i = 0; i < all.size(); i++) {
            if (!ClassFlags.has(page.flagsAt(i), ClassFlags.STANDFIRST) || !page.containsAt(within, i)) continue;
            int text = page.textAt(i);
            Element e = all.get(i);
            if (text >= 30 && text <= 600 && e.select(PARAGRAPH).size() <= 2) return e;
        }
        return null;
    }
}
