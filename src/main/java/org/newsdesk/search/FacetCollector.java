package org.newsdesk.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the facets of the documents a search matches as it finds them, in the same pass as the top hits. Each
 * segment counts into an array by its own label ordinals and, when done, adds the labels it saw to the tally:
 * one look-up per distinct label and segment instead of a global ordinal per document. Not thread-safe: Lucene
 * gives each search slice its own.
 */
final class FacetCollector extends SimpleCollector {

    private final String labelField;
    private final FacetTally tally;
    private final long[] bucketFrom;
    private final long[] bucketTo;
    private SortedSetDocValues labels = DocValues.emptySortedSet();
    private int[] perLabel = new int[0];
    private SortedNumericDocValues dates = DocValues.emptySortedNumeric();
    private NumericDocValues singleDates = DocValues.emptyNumeric();
    private boolean singleDated;
    private final long[] perBucket = new long[DateBucket.values().length];
    private int hits;

    /** @param labelField the doc-values field the facet module writes the labels to */
    FacetCollector(String labelField, FacetTally tally) {
        this.labelField = labelField;
        this.tally = tally;
        DateBucket[] buckets = DateBucket.values();
        bucketFrom = new long[buckets.length];
        bucketTo = new long[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            bucketFrom[i] = buckets[i].fromMillis(tally.now());
            bucketTo[i] = buckets[i].toMillis(tally.now());
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
        labels = DocValues.getSortedSet(context.reader(), labelField);
        long valueCount = labels.getValueCount();
        perLabel = new int[Math.toIntExact(valueCount)];
        dates = DocValues.getSortedNumeric(context.reader(), ArticleDocument.SHOWN_AT);
        NumericDocValues single = DocValues.unwrapSingleton(dates);
        singleDated = single != null;
        singleDates = single != null ? single : DocValues.emptyNumeric();
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
        if (singleDated) {
            if (singleDates.advanceExact(doc)) countDate(singleDates.longValue());
        } else if (dates.advanceExact(doc)) {
            // An article has one date; the earliest is the one that counts, as in sorting.
            countDate(dates.nextValue());
        }
    }

    private void countDate(long millis) {
        for (int b = 0; b < bucketFrom.length; b++) {
            if (millis >= bucketFrom[b] && millis <= bucketTo[b]) perBucket[b]++;
        }
    }

    @Override
    public void finish() throws IOException {
        for (int ord = 0; ord < perLabel.length; ord++) {
            if (perLabel[ord] > 0) tally.addLabel(labels.lookupOrd(ord), perLabel[ord]);
        }
        tally.addDates(perBucket);
        java.util.Arrays.fill(perBucket, 0);
        tally.addHits(hits);
        perLabel = new int[0];
    }
}
