package org.newsdesk.search;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * Counts hits by source, category, tag, language and date bucket: exactly when a query matches few articles, from a
 * sample of its matches when it matches many (see {@link MatchSampler}). The facet module's ordinal map is built
 * once per index reader and kept until the next refresh. Thread-safe.
 */
final class FacetCounter {

    private static final int LARGEST_KEPT = 1 << 16;

    private final FacetsConfig config;
    private final MatchSampler sampler = new MatchSampler();
    /**
     * Tables of label counts, lent to one count at a time and taken back empty: a search's table is a few hundred
     * kilobytes, which every search allocated anew and the collector then had to clear (over half of a search's
     * garbage). As many are kept as searches ran at once, and none larger than {@link #LARGEST_KEPT} slots, which
     * only counting every article's labels needs.
     */
    private final Queue<OrdinalCounts> spareTables = new ConcurrentLinkedQueue<>();
    private final Object lock = new Object();
    private volatile @Nullable ReaderState cached;

    FacetCounter(FacetsConfig config) {
        this.config = config;
    }

    /**
     * How many documents a query matches, exactly or estimated from a sample, and its most frequent facet values.
     *
     * @param total  the count, or the estimate rounded to two significant digits
     * @param values each field's values, most frequent first, up to the limit asked for; dates all buckets
     */
    record Counted(long total, boolean exact, Map<FacetField, List<FacetValue>> values) {
        Counted {
            values = Map.copyOf(values);
        }
    }

    /**
     * The query's matches counted, with their facets; date buckets count back from {@code now}.
     *
     * @param exact count every match however many there are, rather than a sample of many
     * @param known how many matches the query is known to have at least, 0 when not known
     * @param limit values kept a field
     */
    Counted count(IndexSearcher searcher, Query query, Instant now, boolean exact, long known, int limit)
            throws IOException {
        OrdinalCounts table = spareTables.poll();
        if (table == null) table = new OrdinalCounts();
        try {
            FacetTally tally = new FacetTally(state(searcher.getIndexReader()), now, table);
            sampler.count(searcher, query, tally, exact, known);
            return new Counted(tally.total(), tally.exact(), tally.values(limit));
        } finally {
            table.clear();
            if (table.capacity() <= LARGEST_KEPT) spareTables.offer(table);
        }
    }

    static Facets facets(Map<FacetField, List<FacetValue>> counts) {
        return new Facets(counts.get(FacetField.SOURCE), counts.get(FacetField.CATEGORY), counts.get(FacetField.TAG),
                counts.get(FacetField.LANGUAGE), counts.get(FacetField.DATE));
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
