package org.newsdesk.extract;

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
        Element h1 = page.h1s.stream().filter(h -> page.contains(body, h)).findFirst().orElse(null);
        Element scope = h1 == null ? body : h1.closest(SCOPE);
        if (scope == null) scope = body;
        for (Element e : page.flagged) {
            if (!ClassFlags.has(page.flags(e), ClassFlags.STANDFIRST) || !page.contains(scope, e)) continue;
            int text = page.text(e);
            if (text >= 30 && text <= 600 && e.select(PARAGRAPH).size() <= 2) return e;
        }
        return null;
    }
}
