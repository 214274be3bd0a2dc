package org.newsdesk.web;

import io.javalin.http.Context;
import java.time.Clock;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.SearchQuery;

/** The search page. Thread-safe. */
final class SearchPages {

    private static final int PAGE_SIZE = 20;

    private final SearchIndex index;
    private final Templates templates;
    private final Clock clock;

    SearchPages(SearchIndex index, Templates templates, Clock clock) {
        this.index = index;
        this.templates = templates;
        this.clock = clock;
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        var hits = index.search(new SearchQuery(q, 0, PAGE_SIZE));
        templates.render(ctx, "search.jte", new Pages.SearchPage(q, hits.total(), hits.hits()));
    }
}
