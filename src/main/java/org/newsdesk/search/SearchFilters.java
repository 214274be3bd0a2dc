package org.newsdesk.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The facets a reader ticked on the search page, apart from the query text. Values of one field widen the search
 * (any of these categories), fields narrow it (this category and this source), the same as operators in the text.
 *
 * @param sourceIds  sources by id, as the source facet gives them
 * @param categories categories as the category facet gives them (matched case- and accent-insensitively)
 * @param date       a date bucket, relative to the time of the search
 */
public record SearchFilters(
        List<Long> sourceIds,
        List<String> categories,
        List<String> tags,
        List<String> languages,
        @Nullable DateBucket date) {

    private static final SearchFilters NONE = new SearchFilters(List.of(), List.of(), List.of(), List.of(), null);

    public SearchFilters {
        sourceIds = distinct(sourceIds);
        categories = distinct(categories.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        tags = distinct(tags.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        languages = distinct(languages.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    public static SearchFilters none() {
        return NONE;
    }

    public boolean isEmpty() {
        return sourceIds.isEmpty() && categories.isEmpty() && tags.isEmpty() && languages.isEmpty() && date == null;
    }

    /** Whether a value of the field is ticked. */
    public boolean constrains(FacetField field) {
        return switch (field) {
            case SOURCE -> !sourceIds.isEmpty();
            case CATEGORY -> !categories.isEmpty();
            case TAG -> !tags.isEmpty();
            case LANGUAGE -> !languages.isEmpty();
            case DATE -> date != null;
        };
    }

    public SearchFilters withSourceIds(List<Long> ids) {
        return new SearchFilters(ids, categories, tags, languages, date);
    }

    public SearchFilters withCategories(List<String> values) {
        return new SearchFilters(sourceIds, values, tags, languages, date);
    }

    public SearchFilters withTags(List<String> values) {
        return new SearchFilters(sourceIds, categories, values, languages, date);
    }

    public SearchFilters withLanguages(List<String> values) {
        return new SearchFilters(sourceIds, categories, tags, values, date);
    }

    public SearchFilters withDate(@Nullable DateBucket bucket) {
        return new SearchFilters(sourceIds, categories, tags, languages, bucket);
    }

    private static <T> List<T> distinct(List<T> values) {
        values.forEach(v -> Objects.requireNonNull(v, "filter value"));
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
