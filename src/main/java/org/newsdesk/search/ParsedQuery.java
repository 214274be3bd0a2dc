package org.newsdesk.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reader's query text, understood: what {@link QueryTextParser} makes of it.
 *
 * @param words    plain words, matched with stemming ({@code strikes} finds {@code strike})
 * @param phrases  quoted text, matched word for word without stemming; a quoted single word is matched exactly
 * @param excluded words and phrases after a minus: hits must not contain them
 * @param filters  {@code source:}, {@code category:}, {@code tag:} and {@code lang:} operators
 * @param after    {@code after:} the first day hits may be from (inclusive, UTC)
 * @param before   {@code before:} the day hits must be older than (exclusive, UTC)
 * @param warnings what was ignored and why, in words a reader understands
 */
public record ParsedQuery(
        List<String> words,
        List<String> phrases,
        List<String> excluded,
        List<FieldFilter> filters,
        @Nullable LocalDate after,
        @Nullable LocalDate before,
        List<String> warnings) {

    public ParsedQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
        filters = List.copyOf(filters);
        warnings = List.copyOf(warnings);
    }

    public static ParsedQuery empty() {
        return new ParsedQuery(List.of(), List.of(), List.of(), List.of(), null, null, List.of());
    }

    /** Whether there is something to rank by: a word or a phrase. */
    public boolean hasText() {
        return !words.isEmpty() || !phrases.isEmpty();
    }

    /** Whether the query narrows by an operator (source, category, tag, language or date). */
    public boolean hasFilters() {
        return !filters.isEmpty() || after != null || before != null;
    }

    /** The query written back as a reader would type it; parsing it gives this query again (without warnings). */
    public String text() {
        List<String> parts = new ArrayList<>(words);
        for (String phrase : phrases) parts.add('"' + phrase + '"');
        for (String word : excluded) parts.add("-" + quoteIfNeeded(word));
        for (FieldFilter filter : filters) parts.add(filter.text());
        if (after != null) parts.add("after:" + after);
        if (before != null) parts.add("before:" + before);
        return String.join(" ", parts);
    }

    /** The same words and phrases without any operator, for "search everywhere instead". */
    public ParsedQuery withoutFilters() {
        return new ParsedQuery(words, phrases, excluded, List.of(), null, null, List.of());
    }

    /** The query without one of its operators, for a page's "remove this filter" link. */
    public ParsedQuery without(FieldFilter filter) {
        List<FieldFilter> kept = new ArrayList<>(filters);
        kept.remove(filter);
        return new ParsedQuery(words, phrases, excluded, kept, after, before, warnings);
    }

    public ParsedQuery withWords(List<String> newWords) {
        return new ParsedQuery(newWords, phrases, excluded, filters, after, before, warnings);
    }

    public ParsedQuery withPhrases(List<String> newPhrases) {
        return new ParsedQuery(words, newPhrases, excluded, filters, after, before, warnings);
    }

    /** The filters on one field, in the order typed. */
    public List<FieldFilter> filters(FacetField field) {
        Objects.requireNonNull(field, "field");
        return filters.stream().filter(f -> f.field() == field).toList();
    }

    static String quoteIfNeeded(String value) {
        return value.chars().anyMatch(Character::isWhitespace) || value.isEmpty() ? '"' + value + '"' : value;
    }
}
