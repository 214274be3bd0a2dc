package org.newsdesk.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * How many matching documents were counted, by facet label and by date bucket, and what share of the index they
 * were counted in: all of it (exact counts), or a sample (see {@link MatchSampler}), from which counts are
 * estimated. Labels are counted by their ordinal in the whole index, only those seen. Not thread-safe: one per
 * count.
 */
final class FacetTally {

    private static final String[] DIMS = {ArticleDocument.SOURCE_DIM, ArticleDocument.CATEGORY_DIM,
            ArticleDocument.TAG_DIM, ArticleDocument.LANGUAGE_DIM};
    private static final FacetField[] FIELDS = {FacetField.SOURCE, FacetField.CATEGORY, FacetField.TAG, FacetField.LANGUAGE};

    /**
     * A label seen fewer times than this in a sample is left out: its estimate would say nothing (a tag seen once
     * in a sample of one article in thirty-two would show as "≈32" whether it has 1 article or 60).
     */
    private static final int LEAST_SAMPLED = 3;

    private final @Nullable SortedSetDocValuesReaderState labels;
    private final MultiDocValues.@Nullable MultiSortedSetDocValues segments;
    private final OrdinalCounts counts;
    private final long[] bucketFrom;
    private final long[] bucketTo;
    private final long[] dates = new long[DateBucket.values().length];
    private long hits;
    private double share = 1;

    /**
     * @param labels the index's label ordinals, or null when no article has a facet label yet
     * @param now    the time date buckets count back from
     * @param counts an empty table to count labels in, this tally's until it is done
     */
    FacetTally(@Nullable SortedSetDocValuesReaderState labels, Instant now, OrdinalCounts counts) throws IOException {
        if (counts.size() != 0) throw new IllegalArgumentException("the table of counts must be empty");
        this.labels = labels;
        this.counts = counts;
        this.segments = labels != null && labels.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
                ? multi : null;
        DateBucket[] buckets = DateBucket.values();
        bucketFrom = new long[buckets.length];
        bucketTo = new long[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            bucketFrom[i] = buckets[i].fromMillis(now);
            bucketTo[i] = buckets[i].toMillis(now);
        }
    }

    /** Counting in one segment; documents in increasing order, then {@link Leaf#finish()}. */
    Leaf leaf(LeafReaderContext context) throws IOException {
        return new Leaf(context);
    }

    /** Makes room for the labels of about this many matching documents, before counting them. */
    void expect(long documents) {
        // Most articles carry a few labels of their own (tags), besides their source, categories and language.
        counts.reserve((int) Math.min(Integer.MAX_VALUE / 4, documents) * 3);
    }

    /** Sets the share of the index's documents the counts come from, 1 for all of them. */
    void share(double counted) {
        if (!(counted > 0 && counted <= 1)) throw new IllegalArgumentException("share must be in (0, 1], was " + counted);
        this.share = counted;
    }

    /** Whether every matching document was counted. */
    boolean exact() {
        return share >= 1;
    }

    /** How many matching documents were counted. */
    long counted() {
        return hits;
    }

    /** How many documents match: the count, or when sampled an estimate rounded to two significant digits. */
    long total() {
        return estimate(hits);
    }

    /** Each field's values, most frequent first and ties by label, up to {@code limit} a field; dates all buckets. */
    Map<FacetField, List<FacetValue>> values(int limit) throws IOException {
        Map<FacetField, List<FacetValue>> values = new EnumMap<>(FacetField.class);
        List<List<FacetValue>> top = top(limit);
        for (int d = 0; d < DIMS.length; d++) values.put(FIELDS[d], top.get(d));
        List<FacetValue> buckets = new ArrayList<>(dates.length);
        for (DateBucket bucket : DateBucket.values()) {
            buckets.add(new FacetValue(bucket.name(), bucket.label(), estimate(dates[bucket.ordinal()]), exact()));
        }
        values.put(FacetField.DATE, buckets);
        return values;
    }

    /** A count scaled up from the sample to the index, two significant digits; at least 1 for anything counted. */
    private long estimate(long count) {
        if (exact() || count == 0) return count;
        double scaled = count / share;
        double unit = Math.pow(10, Math.max(0, Math.floor(Math.log10(scaled)) - 1));
        return Math.max(1, Math.round(scaled / unit) * (long) unit);
    }

    /** The most frequent labels of each dimension, by one look at the labels counted. */
    private List<List<FacetValue>> top(int limit) throws IOException {
        SortedSetDocValuesReaderState state = labels;
        List<List<FacetValue>> top = new ArrayList<>();
        if (state == null) {
            for (int d = 0; d < DIMS.length; d++) top.add(List.of());
            return top;
        }
        int[] start = new int[DIMS.length];
        int[] end = new int[DIMS.length];
        List<PriorityQueue<int[]>> best = new ArrayList<>();
        for (int d = 0; d < DIMS.length; d++) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(DIMS[d]);
            start[d] = range == null ? 0 : range.start();
            end[d] = range == null ? -1 : range.end();
            best.add(queue(limit));
        }
        int least = exact() ? 1 : LEAST_SAMPLED;
        counts.forEach((ord, count) -> {
            if (count < least) return;
            for (int d = 0; d < DIMS.length; d++) {
                if (ord < start[d] || ord > end[d]) continue;
                PriorityQueue<int[]> queue = best.get(d);
                int[] weakest = queue.size() < limit ? null : queue.top();
                if (weakest == null || count > weakest[1] || (count == weakest[1] && ord < weakest[0])) {
                    queue.insertWithOverflow(new int[] {ord, count});
                }
            }
        });
        var docValues = state.getDocValues();
        for (int d = 0; d < DIMS.length; d++) {
            PriorityQueue<int[]> queue = best.get(d);
            FacetValue[] values = new FacetValue[queue.size()];
            for (int i = values.length - 1; i >= 0; i--) {
                int[] entry = queue.pop();
                String label = docValues.lookupOrd(entry[0]).utf8ToString();
                values[i] = value(FIELDS[d], label.substring(DIMS[d].length() + 1), estimate(entry[1]));
            }
            top.add(List.of(values));
        }
        return top;
    }

    /** Fewer first: a lower count, or the same count and a later label. */
    private static PriorityQueue<int[]> queue(int limit) {
        return new PriorityQueue<>(limit) {
            @Override
            protected boolean lessThan(int[] a, int[] b) {
                return a[1] < b[1] || (a[1] == b[1] && a[0] > b[0]);
            }
        };
    }

    private FacetValue value(FacetField field, String label, long count) {
        return switch (field) {
            case SOURCE -> ArticleDocument.sourceValue(label, count, exact());
            case LANGUAGE -> new FacetValue(label, languageName(label), count, exact());
            default -> new FacetValue(label, label, count, exact());
        };
    }

    /** A language code as readers know it: "en" is "English"; an unknown code stays as it is. */
    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /**
     * Counts in one segment. Sources, categories and languages are few: counted in an array by the segment's own
     * ordinals, each label seen then added to the index-wide count once. Tags are many, and most articles have
     * some of their own: each is added to the index-wide table of the tags seen as it is met, which a count per
     * segment first would only repeat.
     */
    final class Leaf {
        private static final BytesRef TAGS_FROM = new BytesRef(ArticleDocument.TAG_DIM + FacetsConfig.DELIM_CHAR);
        private static final BytesRef TAGS_TO = new BytesRef(ArticleDocument.TAG_DIM + (char) (FacetsConfig.DELIM_CHAR + 1));

        private final SortedSetDocValues docLabels;
        private final LongValues toIndexOrds;
        private final SortedNumericDocValues docDates;
        private final @Nullable NumericDocValues singleDates;
        /** The segment's tag ordinals, from (inclusive) to (exclusive). */
        private final long tagsFrom;
        private final long tagsTo;
        /** Counts of the other labels, by ordinal with the tags' run taken out. */
        private final int[] others;

        private Leaf(LeafReaderContext context) throws IOException {
            SortedSetDocValuesReaderState state = labels;
            docLabels = state == null ? DocValues.emptySortedSet() : DocValues.getSortedSet(context.reader(), state.getField());
            toIndexOrds = segments == null ? LongValues.IDENTITY : segments.mapping.getGlobalOrds(context.ord);
            docDates = DocValues.getSortedNumeric(context.reader(), ArticleDocument.SHOWN_AT);
            singleDates = DocValues.unwrapSingleton(docDates);
            tagsFrom = insertionPoint(docLabels.lookupTerm(TAGS_FROM));
            tagsTo = insertionPoint(docLabels.lookupTerm(TAGS_TO));
            others = new int[Math.toIntExact(docLabels.getValueCount() - (tagsTo - tagsFrom))];
        }

        /** Where a label not in the segment would be: labels are "dim␟value", and no label is a dim alone. */
        private static long insertionPoint(long lookup) {
            return lookup >= 0 ? lookup : -lookup - 1;
        }

        void count(int doc) throws IOException {
            hits++;
            if (docLabels.advanceExact(doc)) {
                for (int i = docLabels.docValueCount(); i > 0; i--) {
                    long ord = docLabels.nextOrd();
                    if (ord < tagsFrom) others[(int) ord]++;
                    else if (ord >= tagsTo) others[(int) (ord - (tagsTo - tagsFrom))]++;
                    else counts.add((int) toIndexOrds.get(ord), 1);
                }
            }
            NumericDocValues single = singleDates;
            if (single != null) {
                if (single.advanceExact(doc)) countDate(single.longValue());
            } else if (docDates.advanceExact(doc)) {
                // An article has one date; should one have several, the earliest counts, as in sorting.
                countDate(docDates.nextValue());
            }
        }

        private void countDate(long millis) {
            for (int b = 0; b < bucketFrom.length; b++) {
                if (millis >= bucketFrom[b] && millis <= bucketTo[b]) dates[b]++;
            }
        }

        void finish() {
            for (int i = 0; i < others.length; i++) {
                if (others[i] == 0) continue;
                long ord = i < tagsFrom ? i : i + (tagsTo - tagsFrom);
                counts.add((int) toIndexOrds.get(ord), others[i]);
            }
        }
    }
}
