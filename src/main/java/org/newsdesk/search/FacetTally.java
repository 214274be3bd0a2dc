package org.newsdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * Facet counts gathered while a search runs: hits by facet label, indexed by the label's ordinal in the whole
 * index, and by date bucket. Not thread-safe: one per collector, merged at the end.
 */
final class FacetTally {

    private final @Nullable SortedSetDocValuesReaderState labels;
    private final int[] counts;
    private final long[] dates = new long[DateBucket.values().length];
    private long hits;

    /** @param labels the index's label ordinals, or null when no article has a facet label yet */
    FacetTally(@Nullable SortedSetDocValuesReaderState labels) {
        this.labels = labels;
        this.counts = new int[labels == null ? 0 : labels.getSize()];
    }

    /** Counts by index-wide label ordinal, for the collector to add to. */
    int[] counts() {
        return counts;
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
        for (int i = 0; i < counts.length; i++) counts[i] += other.counts[i];
        addDates(other.dates);
        hits += other.hits;
    }

    /** Each field's values, most frequent first and ties by label, up to {@code limit} a field; dates all buckets. */
    Map<FacetField, List<FacetValue>> values(int limit) throws IOException {
        Map<FacetField, List<FacetValue>> values = new EnumMap<>(FacetField.class);
        values.put(FacetField.SOURCE, top(FacetField.SOURCE, ArticleDocument.SOURCE_DIM, limit));
        values.put(FacetField.CATEGORY, top(FacetField.CATEGORY, ArticleDocument.CATEGORY_DIM, limit));
        values.put(FacetField.TAG, top(FacetField.TAG, ArticleDocument.TAG_DIM, limit));
        values.put(FacetField.LANGUAGE, top(FacetField.LANGUAGE, ArticleDocument.LANGUAGE_DIM, limit));
        List<FacetValue> buckets = new ArrayList<>(dates.length);
        for (DateBucket bucket : DateBucket.values()) {
            buckets.add(new FacetValue(bucket.name(), bucket.label(), dates[bucket.ordinal()]));
        }
        values.put(FacetField.DATE, buckets);
        return values;
    }

    /** The most frequent labels of one dimension: its ordinals are one run, in label order. */
    private List<FacetValue> top(FacetField field, String dim, int limit) throws IOException {
        SortedSetDocValuesReaderState state = labels;
        SortedSetDocValuesReaderState.OrdRange range = state == null ? null : state.getOrdRange(dim);
        if (state == null || range == null) return List.of();
        // Fewer first: a lower count, or the same count and a later label.
        PriorityQueue<int[]> best = new PriorityQueue<>(limit) {
            @Override
            protected boolean lessThan(int[] a, int[] b) {
                return a[1] < b[1] || (a[1] == b[1] && a[0] > b[0]);
            }
        };
        for (int ord = range.start(); ord <= range.end(); ord++) {
            if (counts[ord] > 0) best.insertWithOverflow(new int[] {ord, counts[ord]});
        }
        var docValues = state.getDocValues();
        FacetValue[] top = new FacetValue[best.size()];
        for (int i = top.length - 1; i >= 0; i--) {
            int[] entry = best.pop();
            String label = docValues.lookupOrd(entry[0]).utf8ToString();
            top[i] = value(field, label.substring(dim.length() + 1), entry[1]);
        }
        return List.of(top);
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
}
