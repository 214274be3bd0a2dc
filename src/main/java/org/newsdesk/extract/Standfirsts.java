package org.newsdesk.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the standfirst (dek): the sentence under the headline that sums the article up. Stateless. */
final class Standfirsts {

    private static final List<String> WORDS = List.of(
            "standfirst", "dek", "deck", "subtitle", "subheadline", "subhead", "strapline", "summary", "lede",
            "intro", "excerpt", "description", "teaser", "abstract", "sapo", "chapo");

    private Standfirsts() {
    }

    /** The standfirst element under the headline, read before the page is cleaned; null when there is none. */
    static @Nullable Element find(Document doc) {
        Element h1 = doc.body().selectFirst("h1");
        Element scope = h1 == null ? doc.body() : h1.closest("header, article, main");
        if (scope == null) scope = doc.body();
        for (Element e : scope.getAllElements()) {
            if (e.nameIs("meta") || e.nameIs("script")) continue;
            List<String> words = ClassNames.words(e);
            if (words.stream().noneMatch(WORDS::contains)) continue;
            String text = Text.normalize(e.text());
            if (text.length() >= 30 && text.length() <= 600 && e.select("p").size() <= 2) return e;
        }
        return null;
    }
}
