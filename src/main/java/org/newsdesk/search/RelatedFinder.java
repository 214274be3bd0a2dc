package org.newsdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.jspecify.annotations.Nullable;

/**
 * Finds articles like a given one ("more like this"): the most distinctive stemmed words of its title and body,
 * searched for in other articles. How many articles have each word is remembered per index reader: the words of
 * one article are mostly those of the one before; so are the articles found, for readers coming back to an article
 * while the index is unchanged. Thread-safe (a MoreLikeThis is made per call: it holds per-reader settings).
 */
final class RelatedFinder {

    private static final int QUERY_TERMS = 25;
    private static final int MIN_WORD_LENGTH = 3;
    private static final int MAX_DOC_FREQ_PERCENT = 5;
    private static final int MIN_MAX_DOC_FREQ = 100;
    private static final String[] FIELDS = {ArticleDocument.TITLE, ArticleDocument.BODY};
    private static final Set<String> FIELD_SET = Set.of(FIELDS);

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
        if (memory.found().size() >= MAX_REMEMBERED) memory.found().clear();
        memory.found().put(key, found);
        return found;
    }

    private TopDocs search(IndexSearcher searcher, StatisticsReader statistics, long articleId, int limit)
            throws IOException {
        TermQuery self = new TermQuery(ArticleDocument.idTerm(articleId));
        TopDocs found = searcher.search(self, 1);
        if (found.scoreDocs.length == 0) return new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
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
        Document document = searcher.storedFields().document(found.scoreDocs[0].doc, FIELD_SET);
        BooleanQuery query = new BooleanQuery.Builder()
                .add(like.like(texts(document)), Occur.MUST)
                .add(self, Occur.MUST_NOT)
                .build();
        return searcher.search(query, limit);
    }

    /** Each field's stored texts, as MoreLikeThis reads them from a document. */
    private static Map<String, Collection<Object>> texts(Document document) {
        Map<String, Collection<Object>> texts = new LinkedHashMap<>();
        for (String field : FIELDS) {
            List<Object> values = new ArrayList<>();
            for (IndexableField value : document.getFields(field)) {
                if (value.stringValue() != null) values.add(value.stringValue());
            }
            texts.put(field, values);
        }
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
