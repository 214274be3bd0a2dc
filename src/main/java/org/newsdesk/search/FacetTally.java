package org.newsdesk.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;

/**
 * Facet counts gathered while a search runs: hits by facet label (as the facet module writes it, dimension and
 * value) and by date bucket. Each segment counts by its own ordinals and adds each value it saw once here, so no
 * map from segment ordinals to the index's is needed. Not thread-safe: one per collector, merged at the end.
 */
final class FacetTally {

    private static final Comparator<Map.Entry<BytesRef, long[]>> MOST_FIRST =
            Comparator.<Map.Entry<BytesRef, long[]>>comparingLong(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey);

    private final Instant now;
    private final Map<BytesRef, long[]> labels = new HashMap<>();
    private final long[] dates = new long[DateBucket.values().length];
    private long hits;

    FacetTally(Instant now) {
        this.now = now;
    }

    Instant now() {
        return now;
    }

    /** Adds a segment's count of one label; the bytes are copied when the label is new. */
    void addLabel(BytesRef label, long count) {
        long[] counted = labels.get(label);
        if (counted == null) labels.put(BytesRef.deepCopyOf(label), new long[] {count});
        else counted[0] += count;
    }

    void addDates(long[] perBucket) {
        for (int i = 0; i < dates.length; i++) dates[i] += perBucket[i];
    }

    void addHits(long count) {
        hits += count;
    }

    /** How many documents were counted. */
    long hits() {
        return hits;
    }

    void merge(FacetTally other) {
        other.labels.forEach((label, count) -> addLabel(label, count[0]));
        addDates(other.dates);
        hits += other.hits;
    }

    /** Each field's values, most frequent first and ties by label, up to {@code limit} a field; dates all buckets. */
    Map<FacetField, List<FacetValue>> values(int limit) {
        Map<FacetField, List<Map.Entry<BytesRef, long[]>>> byField = new EnumMap<>(FacetField.class);
        for (Map.Entry<BytesRef, long[]> entry : labels.entrySet()) {
            FacetField field = fieldOf(entry.getKey());
            if (field != null) byField.computeIfAbsent(field, f -> new ArrayList<>()).add(entry);
        }
        Map<FacetField, List<FacetValue>> values = new EnumMap<>(FacetField.class);
        for (FacetField field : List.of(FacetField.SOURCE, FacetField.CATEGORY, FacetField.TAG, FacetField.LANGUAGE)) {
            List<Map.Entry<BytesRef, long[]>> entries = byField.getOrDefault(field, List.of());
            values.put(field, entries.stream().sorted(MOST_FIRST).limit(limit)
                    .map(e -> value(field, valueOf(e.getKey()), e.getValue()[0])).toList());
        }
        List<FacetValue> buckets = new ArrayList<>(dates.length);
        for (DateBucket bucket : DateBucket.values()) {
            buckets.add(new FacetValue(bucket.name(), bucket.label(), dates[bucket.ordinal()]));
        }
        values.put(FacetField.DATE, buckets);
        return values;
    }

    private static FacetValue value(FacetField field, String label, long count) {
        return switch (field) {
            case SOURCE -> ArticleDocument.sourceValue(label, count);
            case LANGUAGE -> new FacetValue(label, languageName(label), count);
            default -> new FacetValue(label, label, count);
        };
    }

    /** A language code as readers know it: "en" is "English"; an unknown code stays as it is. */
    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** The field of a facet label, or null for a dimension the page does not show. */
    private static @org.jspecify.annotations.Nullable FacetField fieldOf(BytesRef label) {
        String dim = label.utf8ToString();
        int cut = dim.indexOf(FacetsConfig.DELIM_CHAR);
        if (cut < 0) return null;
        return switch (dim.substring(0, cut)) {
            case ArticleDocument.SOURCE_DIM -> FacetField.SOURCE;
            case ArticleDocument.CATEGORY_DIM -> FacetField.CATEGORY;
            case ArticleDocument.TAG_DIM -> FacetField.TAG;
            case ArticleDocument.LANGUAGE_DIM -> FacetField.LANGUAGE;
            default -> null;
        };
    }

    private static String valueOf(BytesRef label) {
        String text = label.utf8ToString();
        return text.substring(text.indexOf(FacetsConfig.DELIM_CHAR) + 1);
    }
}
