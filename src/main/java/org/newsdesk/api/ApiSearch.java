package org.newsdesk.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.search.DateBucket;
import org.newsdesk.search.FacetField;
import org.newsdesk.search.SearchFilters;
import org.newsdesk.search.SearchHits;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.SearchQuery;
import org.newsdesk.search.SortOrder;

/** {@code GET /api/v1/search}: the same search as the page, with facets and suggestions. Thread-safe. */
final class ApiSearch {

    private final SearchIndex index;
    private final HiddenSources hidden;
    private final Json json;

    ApiSearch(SearchIndex index, HiddenSources hidden, Json json) {
        this.index = index;
        this.hidden = hidden;
        this.json = json;
    }

    /** The search; a signed-in reader's leaves out the sources they hide, like the search page. */
    void search(Context ctx) {
        SearchQuery query = query(ctx, ApiRoutes.limit(ctx));
        List<Long> searchable = hidden.searchable(hidden.sessionReader(ctx).orElse(null), query.filters().sourceIds());
        SearchHits hits = index.search(searchable == null ? query
                : query.withFilters(query.filters().withSourceIds(searchable)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query.text());
        body.put("total", hits.total());
        body.put("totalExact", hits.totalExact());
        body.put("offset", query.offset());
        body.put("items", hits.hits().stream().map(Views::hit).toList());
        Map<String, Object> facets = new LinkedHashMap<>();
        for (FacetField field : FacetField.values()) {
            facets.put(field.name().toLowerCase(Locale.ROOT), hits.facets().get(field).stream().map(Views::facet).toList());
        }
        body.put("facets", facets);
        body.put("suggestions", hits.suggestions().stream()
                .map(s -> Map.of("kind", s.kind().name().toLowerCase(Locale.ROOT), "query", s.query().text(), "count", s.count()))
                .toList());
        json.send(ctx, body);
    }

    /** The query the parameters describe: q, sort, offset, and facet filters source, category, tag, lang, date. */
    static SearchQuery query(Context ctx, int limit) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        int offset = ApiRoutes.intParam(ctx, "offset", 0, 0, SearchQuery.MAX_DEPTH - limit);
        SortOrder sort = switch (ctx.queryParam("sort") == null ? "relevance" : ctx.queryParam("sort")) {
            case "relevance" -> SortOrder.RELEVANCE;
            case "newest", "date" -> SortOrder.NEWEST;
            case "oldest" -> SortOrder.OLDEST;
            default -> throw new IllegalArgumentException("sort must be relevance, newest or oldest");
        };
        SearchFilters filters = SearchFilters.none()
                .withSourceIds(ctx.queryParamsAsClass("source", Long.class).getOrDefault(List.of()))
                .withCategories(ctx.queryParams("category"))
                .withTags(ctx.queryParams("tag"))
                .withLanguages(ctx.queryParams("lang"))
                .withDate(date(ctx.queryParam("date")));
        return new SearchQuery(q, 0, limit).withOffset(offset).withSort(sort).withFilters(filters);
    }

    private static @org.jspecify.annotations.Nullable DateBucket date(@org.jspecify.annotations.Nullable String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return DateBucket.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("date must be past_day, past_week, past_month or older");
        }
    }
}
