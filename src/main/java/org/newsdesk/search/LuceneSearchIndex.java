package org.newsdesk.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded search index: Lucene under the data folder, BM25F over title, body, byline and source, with facets,
 * suggestions and related articles. Thread-safe: Lucene's writer and searcher manager are, and each search works
 * on one acquired searcher. Searches run at most one per processor at a time, the others wait their turn in
 * order: with more searches at once than processors, sharing the processors would only make every search slow,
 * and the unlucky ones very slow.
 */
public final class LuceneSearchIndex implements SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);
    /** Segments of about the same size kept before they are merged into one (Lucene's default is 10). */
    private static final int SEGMENTS_PER_TIER = 4;
    /**
     * Articles are held in memory up to this much before a segment is written: each article's packed hit
     * ({@link PackedHit}) waits there with its postings, so Lucene's 16 MB made a rebuild write twice as many small
     * segments as before it.
     */
    private static final double RAM_BUFFER_MB = 48;
    /** Values shown per facet on a search page. */
    private static final int FACET_VALUES = 10;

    private final Clock clock;
    private final Directory directory;
    private final Analyzer analyzer = TextAnalysis.perField();
    private final ArticleDocument layout = new ArticleDocument();
    private final QueryTextParser parser = new QueryTextParser();
    private final LuceneQueryBuilder builder = new LuceneQueryBuilder(analyzer);
    private final FacetCounter facetCounter = new FacetCounter(layout.facetsConfig());
    private final SuggestionFinder suggestionFinder = new SuggestionFinder(analyzer);
    private final RelatedFinder relatedFinder = new RelatedFinder(analyzer);
    private final HitReader hitReader = new HitReader(analyzer);
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Semaphore turns = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);

    /**
     * Opens (or creates) the index in the folder; date facets count back from the clock's now. An index written
     * with another document layout is started afresh: it is derived data, and the store's count no longer matching
     * tells the launcher to rebuild it.
     */
    public LuceneSearchIndex(Path folder, Clock clock) {
        this.clock = clock;
        Directory opened = null;
        try {
            Files.createDirectories(folder);
            opened = FSDirectory.open(folder);
            IndexWriterConfig.OpenMode mode = openMode(opened);
            writer = new IndexWriter(opened, new IndexWriterConfig(analyzer).setOpenMode(mode)
                    .setMergePolicy(mergePolicy()).setRAMBufferSizeMB(RAM_BUFFER_MB));
            writer.setLiveCommitData(Map.of(ArticleDocument.LAYOUT_KEY, ArticleDocument.LAYOUT).entrySet());
            if (mode == IndexWriterConfig.OpenMode.CREATE) {
                writer.commit();
                LOG.info("search index started afresh folder={} layout={}", folder, ArticleDocument.LAYOUT);
            }
            searchers = new SearcherManager(writer, null);
            directory = opened;
        } catch (LockObtainFailedException e) {
            closeQuietly(opened);
            throw new SearchException(SearchException.Reason.BUSY,
                    "the search index in " + folder + " is in use by another Newsdesk process", e);
        } catch (IOException e) {
            closeQuietly(opened);
            throw new SearchException(SearchException.Reason.UNAVAILABLE,
                    "could not open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    public LuceneSearchIndex(Path folder) {
        this(folder, Clock.systemUTC());
    }

    @Override
    public void index(Article article, String sourceTitle) {
        write(() -> writer.updateDocument(ArticleDocument.idTerm(article.id()), layout.document(article, sourceTitle)));
    }

    @Override
    public void delete(long articleId) {
        write(() -> writer.deleteDocuments(ArticleDocument.idTerm(articleId)));
    }

    @Override
    public void deleteSource(long sourceId) {
        write(() -> writer.deleteDocuments(LongField.newExactQuery(ArticleDocument.SOURCE_ID, sourceId)));
    }

    @Override
    public void clear() {
        write(writer::deleteAll);
    }

    @Override
    public void commit() {
        write(() -> {
            writer.commit();
            searchers.maybeRefreshBlocking();
        });
    }

    @Override
    public SearchHits search(SearchQuery query) {
        ParsedQuery parsed = parser.parse(query.text());
        Instant now = clock.instant();
        Query lucene = builder.build(parsed, query.filters(), query.match(), now);
        return read(searcher -> {
            int depth = query.offset() + query.limit();
            Sort sort = sort(query, parsed);
            // The top hits alone: with no need to see every match, Lucene skips those that cannot make the top.
            // Totals and facets are counted apart, exactly when the matches are few, else on a sample of them.
            // They count the first matches up to the bound under which counts are exact: past it, the sample need
            // not prove the search matches that many, and can be smaller.
            int counting = Math.max(depth + 1, MatchSampler.EXACT_UP_TO);
            CollectorManager<?, ? extends TopDocs> top = sort == null
                    ? new TopScoreDocCollectorManager(depth, null, counting)
                    : new TopFieldCollectorManager(sort, depth, null, counting);
            TopDocs topDocs = searcher.search(lucene, top);
            FacetCounter.Counted tally = facetCounter.count(searcher, lucene, now, false, topDocs.totalHits.value(),
                    FACET_VALUES);
            // The top hits sometimes count every match anyway (filters alone, or a date sort that cannot skip):
            // an exact count then. An estimate is at least what they saw, so a page with more after it offers the next.
            boolean counted = topDocs.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
            boolean exact = tally.exact() || counted;
            long total = tally.exact() ? tally.total()
                    : counted ? topDocs.totalHits.value() : Math.max(tally.total(), topDocs.totalHits.value());
            ScoreDoc[] page = pageOf(topDocs.scoreDocs, query.offset());
            List<SearchHit> hits = hitReader.read(searcher, builder.markedQuery(parsed, query.match()), page);
            Facets facets = facets(searcher, tally, parsed, query, now);
            List<Suggestion> suggestions = total > 0 ? List.of()
                    : suggestionFinder.find(query, parsed, searcher.getIndexReader(), other -> count(searcher, other));
            return new SearchHits(total, exact, hits, facets, parsed, suggestions);
        });
    }

    @Override
    public long count(SearchQuery query) {
        return read(searcher -> count(searcher, query));
    }

    @Override
    public List<SearchHit> related(long articleId, int limit) {
        if (limit < 1 || limit > 100) throw new IllegalArgumentException("limit must be 1 to 100, was " + limit);
        return read(searcher -> {
            TopDocs related = relatedFinder.find(searcher, articleId, limit);
            return hitReader.read(searcher, null, related.scoreDocs);
        });
    }

    @Override
    public Optional<List<Long>> relatedIds(long articleId, int limit) {
        if (limit < 1 || limit > 100) throw new IllegalArgumentException("limit must be 1 to 100, was " + limit);
        return read(searcher -> Optional.ofNullable(relatedFinder.findIds(searcher, articleId, limit)));
    }

    @Override
    public Facets facets(int limit) {
        if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit must be 1 to 10000, was " + limit);
        return read(searcher -> {
            return FacetCounter.facets(facetCounter.count(searcher, new MatchAllDocsQuery(), clock.instant(), true, 0,
                    limit).values());
        });
    }

    @Override
    public long count() {
        return read(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public long version() {
        // Not in turn with the searches: a look at the current reader, which page caches ask for on every request.
        return readInTurn(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new SearchException(SearchException.Reason.UNAVAILABLE, "could not close the search index", e);
        }
    }

    /**
     * Fewer segments than Lucene's default allows: every search pays for each segment (its words looked up, its
     * scorers and facet ordinals set up), about a twentieth of a search per segment at 100,000 articles, while an
     * index is written a few articles at a time and merging more often costs little next to the searches.
     */
    private static MergePolicy mergePolicy() {
        return new TieredMergePolicy().setSegmentsPerTier(SEGMENTS_PER_TIER);
    }

    /** Appends to an index of this layout; creates one when there is none, or it has an earlier layout. */
    private static IndexWriterConfig.OpenMode openMode(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) return IndexWriterConfig.OpenMode.CREATE;
        String layout = SegmentInfos.readLatestCommit(directory).getUserData().get(ArticleDocument.LAYOUT_KEY);
        return ArticleDocument.LAYOUT.equals(layout) ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE;
    }

    private static void closeQuietly(@Nullable Directory directory) {
        if (directory == null) return;
        try {
            directory.close();
        } catch (IOException e) {
            LOG.debug("could not close the index folder after a failed open", e);
        }
    }

    private long count(IndexSearcher searcher, SearchQuery query) throws IOException {
        ParsedQuery parsed = parser.parse(query.text());
        return searcher.count(builder.build(parsed, query.filters(), query.match(), clock.instant()));
    }

    /** The sort, or null for relevance. A query without words has no relevance to sort by: newest first then. */
    private static @Nullable Sort sort(SearchQuery query, ParsedQuery parsed) {
        SortOrder order = query.sort() == SortOrder.RELEVANCE && !parsed.hasText() ? SortOrder.NEWEST : query.sort();
        return switch (order) {
            case RELEVANCE -> null;
            case NEWEST -> new Sort(LongField.newSortField(ArticleDocument.SHOWN_AT, true, SortedNumericSelector.Type.MIN));
            case OLDEST -> new Sort(LongField.newSortField(ArticleDocument.SHOWN_AT, false, SortedNumericSelector.Type.MIN));
        };
    }

    /** Facet counts of the hits; a field the search narrows is counted as if it did not, to offer its other values. */
    private Facets facets(IndexSearcher searcher, FacetCounter.Counted hits, ParsedQuery parsed, SearchQuery query,
                          Instant now) throws IOException {
        var counts = new EnumMap<>(hits.values());
        for (FacetField field : FacetField.values()) {
            if (!narrows(field, parsed, query.filters())) continue;
            Query sideways = builder.build(parsed, query.filters(), query.match(), now, field);
            FacetCounter.Counted others = facetCounter.count(searcher, sideways, now, false, 0, FACET_VALUES);
            counts.put(field, others.values().get(field));
        }
        return FacetCounter.facets(counts);
    }

    private static boolean narrows(FacetField field, ParsedQuery parsed, SearchFilters filters) {
        if (filters.constrains(field)) return true;
        if (field == FacetField.DATE) return parsed.after() != null || parsed.before() != null;
        return parsed.filters(field).stream().anyMatch(f -> !f.excluded());
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] all, int offset) {
        if (offset >= all.length) return new ScoreDoc[0];
        ScoreDoc[] page = new ScoreDoc[all.length - offset];
        System.arraycopy(all, offset, page, 0, page.length);
        return page;
    }

    private interface IndexAction {
        void run() throws IOException;
    }

    private interface SearcherAction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private void write(IndexAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new SearchException(SearchException.Reason.UNAVAILABLE, "the search index could not be written", e);
        }
    }

    private <T> T read(SearcherAction<T> action) {
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchException(SearchException.Reason.UNAVAILABLE, "the search was interrupted", e);
        }
        try {
            return readInTurn(action);
        } finally {
            turns.release();
        }
    }

    private <T> T readInTurn(SearcherAction<T> action) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return action.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new SearchException(SearchException.Reason.BAD_QUERY, "the query has too many words", e);
        } catch (IOException e) {
            throw new SearchException(SearchException.Reason.UNAVAILABLE, "the search index could not be read", e);
        }
    }
}
