package org.newsdesk.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiLongValuesSource;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.jspecify.annotations.Nullable;

/**
 * Counts hits by source, category, tag, language and date bucket. The facet module's ordinal map is built once per
 * index reader and kept until the next refresh. Thread-safe.
 */
final class FacetCounter {

    private final FacetsConfig config;
    private final Object lock = new Object();
    private volatile @Nullable ReaderState cached;

    FacetCounter(FacetsConfig config) {
        this.config = config;
    }

    /** Counts of every field over the collected hits, up to {@code limit} values a field (dates: every bucket). */
    Map<FacetField, List<FacetValue>> count(IndexReader reader, FacetsCollector hits, Instant now, int limit)
            throws IOException {
        Map<FacetField, List<FacetValue>> counts = new EnumMap<>(FacetField.class);
        SortedSetDocValuesReaderState state = state(reader);
        SortedSetDocValuesFacetCounts labels = state == null ? null : new SortedSetDocValuesFacetCounts(state, hits);
        counts.put(FacetField.SOURCE, top(labels, ArticleDocument.SOURCE_DIM, limit, true));
        counts.put(FacetField.CATEGORY, top(labels, ArticleDocument.CATEGORY_DIM, limit, false));
        counts.put(FacetField.TAG, top(labels, ArticleDocument.TAG_DIM, limit, false));
        counts.put(FacetField.LANGUAGE, top(labels, ArticleDocument.LANGUAGE_DIM, limit, false));
        counts.put(FacetField.DATE, dates(hits, now));
        return counts;
    }

    static Facets facets(Map<FacetField, List<FacetValue>> counts) {
        return new Facets(counts.get(FacetField.SOURCE), counts.get(FacetField.CATEGORY), counts.get(FacetField.TAG),
                counts.get(FacetField.LANGUAGE), counts.get(FacetField.DATE));
    }

    private static List<FacetValue> top(@Nullable SortedSetDocValuesFacetCounts labels, String dim, int limit,
                                        boolean sources) throws IOException {
        FacetResult result = labels == null ? null : labels.getTopChildren(limit, dim);
        if (result == null) return List.of();
        List<FacetValue> values = new ArrayList<>(result.labelValues.length);
        for (LabelAndValue lv : result.labelValues) {
            long count = lv.value.longValue();
            values.add(sources ? ArticleDocument.sourceValue(lv.label, count) : new FacetValue(lv.label, lv.label, count));
        }
        return values;
    }

    private static List<FacetValue> dates(FacetsCollector hits, Instant now) throws IOException {
        DateBucket[] buckets = DateBucket.values();
        LongRange[] ranges = new LongRange[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            ranges[i] = new LongRange(buckets[i].name(), buckets[i].fromMillis(now), true, buckets[i].toMillis(now), true);
        }
        LongRangeFacetCounts counts = new LongRangeFacetCounts(ArticleDocument.SHOWN_AT,
                MultiLongValuesSource.fromLongField(ArticleDocument.SHOWN_AT), hits, ranges);
        FacetResult result = counts.getAllChildren(ArticleDocument.SHOWN_AT);
        Map<String, Long> byName = new java.util.HashMap<>();
        for (LabelAndValue lv : result.labelValues) byName.put(lv.label, lv.value.longValue());
        List<FacetValue> values = new ArrayList<>(buckets.length);
        for (DateBucket bucket : buckets) {
            values.add(new FacetValue(bucket.name(), bucket.label(), byName.getOrDefault(bucket.name(), 0L)));
        }
        return values;
    }

    /** The ordinal map of the reader's facet labels, or null when no document has any yet. */
    private @Nullable SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        ReaderState current = cached;
        if (current != null && current.reader == reader) return current.state;
        synchronized (lock) {
            current = cached;
            if (current != null && current.reader == reader) return current.state;
            boolean hasFacets = FieldInfos.getMergedFieldInfos(reader)
                    .fieldInfo(config.getDimConfig(ArticleDocument.SOURCE_DIM).indexFieldName) != null;
            SortedSetDocValuesReaderState state = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
            cached = new ReaderState(reader, state);
            return state;
        }
    }

    private record ReaderState(IndexReader reader, @Nullable SortedSetDocValuesReaderState state) {}
}
