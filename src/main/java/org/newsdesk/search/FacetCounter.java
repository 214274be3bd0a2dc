package org.newsdesk.search;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    private final FacetsConfig config;
    private final MatchSampler sampler = new MatchSampler();
    private final Object lock = new Object();
    private volatile @Nullable ReaderState cached;

    FacetCounter(FacetsConfig config) {
        this.config = config;
    }

    /**
     * The query's matches counted, with their facets; date buckets count back from {@code now}.
     *
     * @param exact count every match however many there are, rather than a sample of many
     * @param known how many matches the query is known to have at least, 0 when not known
     */
    FacetTally count(IndexSearcher searcher, Query query, Instant now, boolean exact, long known) throws IOException {
        FacetTally tally = new FacetTally(state(searcher.getIndexReader()), now);
        sampler.count(searcher, query, tally, exact, known);
        return tally;
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
