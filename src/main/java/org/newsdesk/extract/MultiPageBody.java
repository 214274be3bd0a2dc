package org.newsdesk.extract;

import java.util.HashSet;
import java.util.Set;
import org.newsdesk.domain.ArticleContent;

/**
 * Joins the bodies of a multi-page article's pages onto the first page's content. Lines a later page repeats
 * (a standfirst, a recap) are taken once. Not thread-safe; one per article.
 */
final class MultiPageBody {

    private final ArticleContent first;
    private final StringBuilder html;
    private final StringBuilder text;
    private final Set<String> lines = new HashSet<>();

    MultiPageBody(ArticleContent first) {
        this.first = first;
        this.html = new StringBuilder(first.bodyHtml());
        this.text = new StringBuilder(first.bodyText());
        first.bodyText().lines().forEach(lines::add);
    }

    /** Adds a further page's body; false when it has none (the chain ends there). */
    boolean add(ArticleContent page) {
        if (page.bodyText().isBlank()) return false;
        StringBuilder fresh = new StringBuilder();
        page.bodyText().lines().filter(lines::add).forEach(l -> fresh.append(l).append('\n'));
        if (fresh.isEmpty()) return false;
        if (!text.isEmpty()) text.append('\n');
        text.append(fresh.toString().strip());
        html.append(page.bodyHtml());
        return true;
    }

    /** The first page's content with the joined body; each page's HTML was sanitized on its own. */
    ArticleContent content() {
        return first.withBody(html.toString(), text.toString());
    }
}
