package org.newsdesk.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.jspecify.annotations.Nullable;

/**
 * Counts the facets of the documents a search matches as it finds them, in the same pass as the top hits. Each
 * segment counts into an array by its own label ordinals and, when done, adds each label it saw to the index-wide
 * count once: one ordinal mapping per distinct label and segment instead of one per label of every hit. Not
 * thread-safe: Lucene gives each search slice its own.
 */
final class FacetCollector extends SimpleCollector {

    private final @Nullable SortedSetDocValuesReaderState state;
    private final MultiDocValues.@Nullable MultiSortedSetDocValues segments;
    private final FacetTally tally;
    private final long[] bucketFrom;
    private final long[] bucketTo;
    private final long[] perBucket = new long[DateBucket.values().length];
    private SortedSetDocValues labels = DocValues.emptySortedSet();
    private int[] perLabel = new int[0];
    private LongValues toIndexOrds = LongValues.IDENTITY;
    private SortedNumericDocValues dates = DocValues.emptySortedNumeric();
    private @Nullable NumericDocValues singleDates;
    private int hits;

    /** @param state the index's label ordinals (null when no article has a label yet) */
    FacetCollector(@Nullable SortedSetDocValuesReaderState state, Instant now) throws IOException {
        this.state = state;
        this.segments = state != null && state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
                ? multi : null;
        this.tally = new FacetTally(state);
        DateBucket[] buckets = DateBucket.values();
        bucketFrom = new long[buckets.length];
        bucketTo = new long[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            bucketFrom[i] = buckets[i].fromMillis(now);
            bucketTo[i] = buckets[i].toMillis(now);
        }
    }

    FacetTally tally() {
        return tally;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        labels = state == null ? DocValues.emptySortedSet() : DocValues.getSortedSet(context.reader(), state.getField());
        perLabel = new int[Math.toIntExact(labels.getValueCount())];
        toIndexOrds = segments == null ? LongValues.IDENTITY : segments.mapping.getGlobalOrds(context.ord);
        dates = DocValues.getSortedNumeric(context.reader(), ArticleDocument.SHOWN_AT);
        singleDates = DocValues.unwrapSingleton(dates);
        hits = 0;
    }

    @Override
    public void setScorer(Scorable scorer) {
        // Counts need no scores.
    }

    @Override
    public void collect(int doc) throws IOException {
        hits++;
        if (labels.advanceExact(doc)) {
            for (int i = labels.docValueCount(); i > 0; i--) perLabel[(int) labels.nextOrd()]++;
        }
        NumericDocValues single = singleDates;
        if (single != null) {
            if (single.advanceExact(doc)) countDate(single.longValue());
        } else if (dates.advanceExact(doc)) {
            // An article has one date; should one have several, the earliest counts, as in sorting.
            countDate(dates.nextValue());
        }
    }

    private void countDate(long millis) {
        for (int b = 0; b < bucketFrom.length; b++) {
            if (millis >= bucketFrom[b] && millis <= bucketTo[b]) perBucket[b]++;
        }
    }

    @Override
    public void finish() {
        int[] counts = tally.counts();
        for (int ord = 0; ord < perLabel.length; ord++) {
            if (perLabel[ord] > 0) counts[(int) toIndexOrds.get(ord)] += perLabel[ord];
        }
        tally.addDates(perBucket);
        Arrays.fill(perBucket, 0);
        tally.addHits(hits);
        perLabel = new int[0];
    }
}
