package org.newsdesk.search;

import java.util.List;

/**
 * Counts of hits by source, category, tag, language and date. Values are most frequent first, ties by label;
 * dates come in {@link DateBucket} order and include empty buckets. When a field is narrowed by the search, its
 * counts ignore that field's own filter, so a page can offer the other values alongside the chosen one.
 */
public record Facets(
        List<FacetValue> sources,
        List<FacetValue> categories,
        List<FacetValue> tags,
        List<FacetValue> languages,
        List<FacetValue> dates) {

    private static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), List.of());

    public Facets {
        sources = List.copyOf(sources);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        languages = List.copyOf(languages);
        dates = List.copyOf(dates);
    }

    public static Facets none() {
        return NONE;
    }

    public List<FacetValue> get(FacetField field) {
        return switch (field) {
            case SOURCE -> sources;
            case CATEGORY -> categories;
            case TAG -> tags;
            case LANGUAGE -> languages;
            case DATE -> dates;
        };
    }
}
