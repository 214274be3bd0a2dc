package org.newsdesk.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.CompositeReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The term statistics of an index reader, remembered: for {@link org.apache.lucene.queries.mlt.MoreLikeThis}, which
 * looks up how many articles have each word of an article — a few hundred look-ups in every segment for each
 * article page, the greater part of its cost — while the same words come back page after page. The counts are
 * the reader's own, so the related articles found are the same. Only statistics and documents are answered: it
 * has no segments to search. Thread-safe, for the life of the reader it wraps.
 */
final class StatisticsReader extends CompositeReader {

    /** Enough for the vocabulary of a large news index; past it, the counts start afresh. */
    private static final int MAX_TERMS = 500_000;

    private final IndexReader reader;
    private final Map<Term, Integer> docFreqs = new ConcurrentHashMap<>();
    private final Map<String, Integer> docCounts = new ConcurrentHashMap<>();

    StatisticsReader(IndexReader reader) {
        this.reader = reader;
    }

    /** Whether this remembers the statistics of that reader. */
    boolean wraps(IndexReader other) {
        return reader == other;
    }

    @Override
    public int docFreq(Term term) throws IOException {
        Integer known = docFreqs.get(term);
        if (known != null) return known;
        int count = reader.docFreq(term);
        if (docFreqs.size() >= MAX_TERMS) docFreqs.clear();
        // A copy: the caller may reuse the term's bytes.
        docFreqs.put(new Term(term.field(), BytesRef.deepCopyOf(term.bytes())), count);
        return count;
    }

    @Override
    public int getDocCount(String field) throws IOException {
        Integer known = docCounts.get(field);
        if (known != null) return known;
        int count = reader.getDocCount(field);
        docCounts.put(field, count);
        return count;
    }

    @Override
    public long totalTermFreq(Term term) throws IOException {
        return reader.totalTermFreq(term);
    }

    @Override
    public long getSumDocFreq(String field) throws IOException {
        return reader.getSumDocFreq(field);
    }

    @Override
    public long getSumTotalTermFreq(String field) throws IOException {
        return reader.getSumTotalTermFreq(field);
    }

    @Override
    public TermVectors termVectors() throws IOException {
        return reader.termVectors();
    }

    @Override
    public StoredFields storedFields() throws IOException {
        return reader.storedFields();
    }

    @Override
    public int numDocs() {
        return reader.numDocs();
    }

    @Override
    public int maxDoc() {
        return reader.maxDoc();
    }

    @Override
    protected List<? extends IndexReader> getSequentialSubReaders() {
        return List.of();
    }

    /** None: nothing searches this reader, so nothing should cache anything by it. */
    @Override
    public @Nullable CacheHelper getReaderCacheHelper() {
        return null;
    }

    @Override
    protected void doClose() {
        // The wrapped reader belongs to the searcher manager.
    }
}
