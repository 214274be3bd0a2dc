package org.newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsdesk.domain.Article;

/**
 * The embedded search index: Lucene under the data folder, BM25 over title, body, byline and source.
 * Thread-safe: Lucene's writer and searcher manager are.
 */
public final class LuceneSearchIndex implements SearchIndex {

    private static final Map<String, Float> FIELD_WEIGHTS =
            Map.of(Fields.TITLE, 3f, Fields.BODY, 1f, Fields.BYLINE, 1.5f, Fields.SOURCE, 1f);

    private final Directory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public LuceneSearchIndex(Path folder) {
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new SearchException(SearchException.Reason.BUSY,
                    "the search index in " + folder + " is in use by another Newsdesk process", e);
        } catch (IOException e) {
            throw new SearchException(SearchException.Reason.UNAVAILABLE,
                    "could not open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void index(Article article, String sourceTitle) {
        write(() -> writer.updateDocument(idTerm(article.id()), Fields.document(article, sourceTitle)));
    }

    @Override
    public void delete(long articleId) {
        write(() -> writer.deleteDocuments(idTerm(articleId)));
    }

    @Override
    public void deleteSource(long sourceId) {
        write(() -> writer.deleteDocuments(LongField.newExactQuery(Fields.SOURCE_ID, sourceId)));
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
        Query parsed = parse(query.text());
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(parsed, query.offset() + query.limit());
                ScoreDoc[] page = pageOf(top.scoreDocs, query.offset());
                String[] snippets = snippets(searcher, parsed, page);
                StoredFields stored = searcher.storedFields();
                List<SearchHit> hits = new ArrayList<>(page.length);
                for (int i = 0; i < page.length; i++) {
                    hits.add(Fields.hit(stored.document(page[i].doc), page[i].score, snippets[i]));
                }
                return new SearchHits(top.totalHits.value(), hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new SearchException(SearchException.Reason.UNAVAILABLE, "the search index could not be read", e);
        }
    }

    @Override
    public long count() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private Query parse(String text) {
        if (text.isBlank()) return new MatchAllDocsQuery();
        // The simple syntax takes what readers type ("phrases", -exclusions, OR) and never fails on stray symbols.
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELD_WEIGHTS);
        parser.setDefaultOperator(org.apache.lucene.search.BooleanClause.Occur.MUST);
        Query query = parser.parse(text);
        return query != null ? query : new MatchAllDocsQuery();
    }

    private String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        if (page.length == 0) return new String[0];
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withHandleMultiTermQuery(true)
                .build();
        TopDocs docs = new TopDocs(null, page);
        String[] snippets = highlighter.highlight(Fields.BODY, query, docs, 2);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null) snippets[i] = SnippetFormatter.lead(stored.document(page[i].doc).get(Fields.BODY));
        }
        return snippets;
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] all, int offset) {
        if (offset >= all.length) return new ScoreDoc[0];
        ScoreDoc[] page = new ScoreDoc[all.length - offset];
        System.arraycopy(all, offset, page, 0, page.length);
        return page;
    }

    private static Term idTerm(long articleId) {
        return new Term(Fields.ID, Long.toString(articleId));
    }

    private interface IndexAction {
        void run() throws IOException;
    }

    private void write(IndexAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new SearchException(SearchException.Reason.UNAVAILABLE, "the search index could not be written", e);
        }
    }

    /** The document layout, in one place. */
    private static final class Fields {
        static final String ID = "id";
        static final String SOURCE_ID = "source_id";
        static final String SOURCE = "source";
        static final String TITLE = "title";
        static final String BODY = "body";
        static final String BYLINE = "byline";
        static final String URL = "url";
        static final String CATEGORY = "category";
        static final String TAG = "tag";
        static final String LANGUAGE = "language";
        static final String SHOWN_AT = "shown_at";

        static Document document(Article article, String sourceTitle) {
            Document doc = new Document();
            doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
            doc.add(new LongField(SOURCE_ID, article.sourceId(), Field.Store.YES));
            doc.add(new TextField(SOURCE, sourceTitle, Field.Store.YES));
            doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
            doc.add(new TextField(BODY, article.content().bodyText(), Field.Store.YES));
            String byline = article.content().byline();
            if (byline != null) doc.add(new TextField(BYLINE, byline, Field.Store.YES));
            doc.add(new StoredField(URL, article.url()));
            for (String category : article.categories()) doc.add(new StringField(CATEGORY, category, Field.Store.YES));
            for (String tag : article.content().tags()) doc.add(new StringField(TAG, tag, Field.Store.YES));
            String language = article.content().language();
            if (language != null) doc.add(new StringField(LANGUAGE, language, Field.Store.YES));
            doc.add(new LongField(SHOWN_AT, article.shownAt().toEpochMilli(), Field.Store.YES));
            return doc;
        }

        static SearchHit hit(Document doc, float score, String snippet) {
            return new SearchHit(Long.parseLong(doc.get(ID)), doc.getField(SOURCE_ID).numericValue().longValue(),
                    doc.get(TITLE), doc.get(URL), doc.get(SOURCE),
                    Instant.ofEpochMilli(doc.getField(SHOWN_AT).numericValue().longValue()), score, snippet);
        }
    }
}
