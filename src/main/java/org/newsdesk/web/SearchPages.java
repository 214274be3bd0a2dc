package org.newsdesk.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsdesk.search.DateBucket;
import org.newsdesk.search.FacetField;
import org.newsdesk.search.FacetValue;
import org.newsdesk.search.SearchFilters;
import org.newsdesk.search.SearchHit;
import org.newsdesk.search.SearchHits;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.SearchQuery;
import org.newsdesk.search.SortOrder;
import org.newsdesk.search.Suggestion;

/** The search page: results with highlighted snippets, facets to narrow them, suggestions when nothing matched. */
final class SearchPages {

    private static final int PAGE_SIZE = 20;
    /** The URL parameter of each facet, shared with the JSON API. */
    private static final Map<FacetField, String> PARAMS = Map.of(FacetField.SOURCE, "source", FacetField.CATEGORY, "category",
            FacetField.TAG, "tag", FacetField.LANGUAGE, "lang", FacetField.DATE, "date");

    private final SearchIndex index;
    private final Templates templates;
    private final Clock clock;
    private final FeedChoice choice;

    SearchPages(SearchIndex index, Templates templates, Clock clock, FeedChoice choice) {
        this.choice = choice;
        this.index = index;
        this.templates = templates;
        this.clock = clock;
    }

    void search(Context ctx) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String name : List.of("q", "sort", "source", "category", "tag", "lang", "date")) {
            List<String> values = ctx.queryParams(name).stream().filter(v -> !v.isBlank()).toList();
            if (!values.isEmpty()) params.put(name, values);
        }
        int offset = Math.max(0, Math.min(SearchQuery.MAX_DEPTH - PAGE_SIZE, parseInt(ctx.queryParam("offset"))));
        SearchQuery query = query(params, offset);
        FeedChoice.View view = choice.shared(ctx);
        List<Long> searchable = choice.searchable(view, query.filters().sourceIds());
        SearchHits hits = index.search(searchable == null ? query
                : query.withFilters(query.filters().withSourceIds(searchable)));
        Instant now = clock.instant();
        List<Pages.Hit> shown = new ArrayList<>();
        for (SearchHit hit : hits.hits()) {
            shown.add(new Pages.Hit(hit, TimeText.relative(hit.shownAt(), now), TimeText.exact(hit.shownAt())));
        }
        List<Pages.FacetGroup> facets = new ArrayList<>();
        for (FacetField field : FacetField.values()) {
            List<Pages.Chip> chips = new ArrayList<>();
            for (FacetValue value : hits.facets().get(field)) {
                if (field == FacetField.SOURCE && hidden(view, value.value())) continue;
                boolean active = params.getOrDefault(PARAMS.get(field), List.of()).contains(value.value());
                chips.add(new Pages.Chip(value.label(), href(toggle(params, PARAMS.get(field), value.value()), 0), value.count(), active,
                        value.exact()));
            }
            if (!chips.isEmpty()) facets.add(new Pages.FacetGroup(field.label(), chips));
        }
        List<Pages.Chip> suggestions = new ArrayList<>();
        for (Suggestion s : hits.suggestions()) {
            suggestions.add(new Pages.Chip(describe(s), "/search?q=" + ReadingPages.encode(s.query().text()), s.count(), false));
        }
        String sort = params.getOrDefault("sort", List.of("relevance")).getFirst();
        templates.render(ctx, "search.jte", new Pages.SearchPage(query.text(), sort, hits.total(), hits.totalExact(), shown, facets, suggestions,
                offset > 0 ? href(params, Math.max(0, offset - PAGE_SIZE)) : null,
                offset + PAGE_SIZE < Math.min(hits.total(), SearchQuery.MAX_DEPTH) ? href(params, offset + PAGE_SIZE) : null,
                offset + 1, offset + hits.hits().size(), hiddenParams(params), saveText(query.text(), params)));
    }

    private static boolean hidden(FeedChoice.View view, String sourceId) {
        try {
            return view.hidden().contains(Long.parseLong(sourceId));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The search as one line of text to save: the words, and the ticked categories, tags and languages as operators. */
    private static String saveText(String text, Map<String, List<String>> params) {
        StringBuilder out = new StringBuilder(text.strip());
        for (String param : List.of("category", "tag", "lang")) {
            for (String value : params.getOrDefault(param, List.of())) {
                String quoted = value.contains(" ") ? "\"" + value.replace("\"", "") + "\"" : value;
                out.append(out.isEmpty() ? "" : " ").append(param).append(':').append(quoted);
            }
        }
        return out.toString();
    }

    private static SearchQuery query(Map<String, List<String>> params, int offset) {
        String q = params.getOrDefault("q", List.of("")).getFirst();
        SortOrder sort = switch (params.getOrDefault("sort", List.of("relevance")).getFirst()) {
            case "newest" -> SortOrder.NEWEST;
            case "oldest" -> SortOrder.OLDEST;
            default -> SortOrder.RELEVANCE;
        };
        List<Long> sources = new ArrayList<>();
        for (String s : params.getOrDefault("source", List.of())) {
            try {
                sources.add(Long.parseLong(s));
            } catch (NumberFormatException e) {
                // a mangled link: ignore that filter
            }
        }
        SearchFilters filters = SearchFilters.none().withSourceIds(sources)
                .withCategories(params.getOrDefault("category", List.of()))
                .withTags(params.getOrDefault("tag", List.of()))
                .withLanguages(params.getOrDefault("lang", List.of()))
                .withDate(date(params.getOrDefault("date", List.of()).stream().findFirst().orElse(null)));
        return new SearchQuery(q, 0, PAGE_SIZE).withOffset(offset).withSort(sort).withFilters(filters);
    }

    private static @Nullable DateBucket date(@Nullable String value) {
        if (value == null) return null;
        for (DateBucket bucket : DateBucket.values()) if (bucket.name().equalsIgnoreCase(value)) return bucket;
        return null;
    }

    private static Map<String, List<String>> toggle(Map<String, List<String>> params, String name, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        List<String> values = new ArrayList<>(next.getOrDefault(name, List.of()));
        if (!values.remove(value)) {
            if (name.equals("date")) values.clear();
            values.add(value);
        }
        if (values.isEmpty()) next.remove(name);
        else next.put(name, values);
        return next;
    }

    private static String href(Map<String, List<String>> params, int offset) {
        StringBuilder out = new StringBuilder("/search?");
        params.forEach((name, values) -> values.forEach(v -> out.append(name).append('=').append(ReadingPages.encode(v)).append('&')));
        if (offset > 0) out.append("offset=").append(offset).append('&');
        return out.substring(0, out.length() - 1);
    }

    /** The ticked facets, kept as hidden fields when the reader edits the words. */
    private static List<Map.Entry<String, String>> hiddenParams(Map<String, List<String>> params) {
        List<Map.Entry<String, String>> hidden = new ArrayList<>();
        params.forEach((name, values) -> {
            if (!name.equals("q") && !name.equals("sort")) values.forEach(v -> hidden.add(Map.entry(name, v)));
        });
        return hidden;
    }

    private static String describe(Suggestion s) {
        return switch (s.kind()) {
            case SPELLING -> "Did you mean " + s.query().text();
            case WITHOUT_FILTERS -> "Without filters: " + s.query().text();
            case ANY_WORD -> "Any of the words: " + s.query().text();
            case WITHOUT_QUOTES -> "Without quotes: " + s.query().text();
        };
    }

    private static int parseInt(@Nullable String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

}
