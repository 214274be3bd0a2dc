package org.newsdesk.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.jspecify.annotations.Nullable;

/**
 * Finds articles like a given one ("more like this"): the most distinctive stemmed words of its title and body,
 * searched for in other articles, first among those published within 30 days of it (fewer to score on a long
 * archive), then, when that finds too few, among the rest. How many articles have each word is remembered per index reader: the words of
 * one article are mostly those of the one before; so are the articles found, for readers coming back to an article
 * while the index is unchanged. Thread-safe (a MoreLikeThis is made per call: it holds per-reader settings).
 */
final class RelatedFinder {

    /**
     * The strongest words searched for: past a dozen or so, a word adds little to which articles come first but
     * another postings list to every search.
     */
    private static final int QUERY_TERMS = 14;
    /** Articles this close in time to the article are searched first: related news is mostly news of the same weeks. */
    private static final long WINDOW_MILLIS = Duration.ofDays(30).toMillis();
    private static final int MIN_WORD_LENGTH = 3;
    private static final int MAX_DOC_FREQ_PERCENT = 5;
    private static final int MIN_MAX_DOC_FREQ = 100;
    private static final String[] FIELDS = {ArticleDocument.TITLE, ArticleDocument.BODY};

    private static final Set<String> ID_FIELD = Set.of(ArticleDocument.ID);

    /** Enough for the articles read in a while; past it, the remembered results start afresh. */
    private static final int MAX_REMEMBERED = 20_000;

    private final Analyzer analyzer;
    private volatile @Nullable Memory memory;

    /** What is remembered of one index reader; the doc ids found are that reader's. */
    private record Memory(StatisticsReader statistics, Map<Long, TopDocs> found) {}

    RelatedFinder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The best {@code limit} other articles, or none when the article is not in the index. */
    TopDocs find(IndexSearcher searcher, long articleId, int limit) throws IOException {
        Memory memory = memory(searcher.getIndexReader());
        // Keyed by article and limit together (the index takes limits of 1 to 100).
        long key = articleId * 128 + limit;
        TopDocs known = memory.found().get(key);
        if (known != null) return known;
        TopDocs found = search(searcher, memory.statistics(), articleId, limit);
        if (found == null) found = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
        if (memory.found().size() >= MAX_REMEMBERED) memory.found().clear();
        memory.found().put(key, found);
        return found;
    }

    /**
     * The ids of the best {@code limit} other articles, found afresh and not remembered (for lists kept elsewhere,
     * each asked for once); null when the article is not in the index.
     */
    @Nullable List<Long> findIds(IndexSearcher searcher, long articleId, int limit) throws IOException {
        TopDocs found = search(searcher, memory(searcher.getIndexReader()).statistics(), articleId, limit);
        if (found == null) return null;
        StoredFields stored = searcher.storedFields();
        List<Long> ids = new ArrayList<>(found.scoreDocs.length);
        for (ScoreDoc hit : found.scoreDocs) {
            ids.add(Long.parseLong(stored.document(hit.doc, ID_FIELD).get(ArticleDocument.ID)));
        }
        return ids;
    }

    private @Nullable TopDocs search(IndexSearcher searcher, StatisticsReader statistics, long articleId, int limit)
            throws IOException {
        TermQuery self = new TermQuery(ArticleDocument.idTerm(articleId));
        TopDocs found = searcher.search(self, 1);
        if (found.scoreDocs.length == 0) return null;
        IndexReader reader = searcher.getIndexReader();
        MoreLikeThis like = new MoreLikeThis(statistics);
        like.setAnalyzer(analyzer);
        like.setFieldNames(FIELDS);
        // A word may appear once (titles are short) but must appear in some other article to connect to it.
        like.setMinTermFreq(1);
        like.setMinDocFreq(2);
        like.setMinWordLen(MIN_WORD_LENGTH);
        // Words in more than a few percent of articles say little about what this one is about, and each costs a
        // long postings walk: leaving them out makes the search both better and fast on large indexes.
        // (On a small index every word is in a few percent of articles: the floor keeps it working there.)
        like.setMaxDocFreq(Math.max(MIN_MAX_DOC_FREQ, reader.numDocs() / 100 * MAX_DOC_FREQ_PERCENT));
        like.setStopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        like.setMaxQueryTerms(QUERY_TERMS);
        like.setBoost(true);
        // The text of both fields read in one go; like(docId) would read the stored document once per field.
        int doc = found.scoreDocs[0].doc;
        PackedHit article = PackedHit.read(reader, doc).get(doc);
        Query words = like.like(texts(article));
        long shownAt = article.shownAt();
        Query near = LongField.newRangeQuery(ArticleDocument.SHOWN_AT,
                Math.subtractExact(shownAt, WINDOW_MILLIS), Math.addExact(shownAt, WINDOW_MILLIS));
        TopDocs close = searcher.search(relatedQuery(words, self, near, Occur.FILTER), limit);
        if (close.scoreDocs.length >= limit) return close;
        // Too few within the weeks around it: older or later articles fill the rest, after the close ones.
        TopDocs far = searcher.search(relatedQuery(words, self, near, Occur.MUST_NOT), limit - close.scoreDocs.length);
        ScoreDoc[] all = new ScoreDoc[close.scoreDocs.length + far.scoreDocs.length];
        System.arraycopy(close.scoreDocs, 0, all, 0, close.scoreDocs.length);
        System.arraycopy(far.scoreDocs, 0, all, close.scoreDocs.length, far.scoreDocs.length);
        return new TopDocs(new TotalHits(all.length, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), all);
    }

    private static Query relatedQuery(Query words, Query self, Query near, Occur window) {
        return new BooleanQuery.Builder()
                .add(words, Occur.MUST)
                .add(self, Occur.MUST_NOT)
                .add(near, window)
                .build();
    }

    /** The title and body, as MoreLikeThis reads them from a document. */
    private static Map<String, Collection<Object>> texts(PackedHit article) {
        Map<String, Collection<Object>> texts = new LinkedHashMap<>();
        texts.put(ArticleDocument.TITLE, List.of(article.title()));
        texts.put(ArticleDocument.BODY, List.of(article.body()));
        return texts;
    }

    private Memory memory(IndexReader reader) {
        Memory current = memory;
        if (current != null && current.statistics().wraps(reader)) return current;
        Memory fresh = new Memory(new StatisticsReader(reader), new java.util.concurrent.ConcurrentHashMap<>());
        memory = fresh;
        return fresh;
    }
}
