package org.newsdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.jspecify.annotations.Nullable;

/**
 * Turns a page of matching documents into hits: each read once from its packed hit (see {@link PackedHit}), its title and body marked where
 * the words matched, or the body's opening when they matched elsewhere. Thread-safe (the analyzer is; the fields
 * of the last reader seen are swapped whole).
 */
final class HitReader {

    /** A reader's fields merged over its segments; the reader is held until the next search asks for a newer one. */
    private record Fields(IndexReader reader, FieldInfos infos) {}

    private final Analyzer analyzer;
    private volatile @Nullable Fields fields;

    HitReader(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** @param textQuery the words and phrases to mark, or null to mark nothing */
    List<SearchHit> read(IndexSearcher searcher, @Nullable Query textQuery, ScoreDoc[] page) throws IOException {
        int[] docs = new int[page.length];
        for (int i = 0; i < page.length; i++) docs[i] = page[i].doc;
        Map<Integer, PackedHit> packed = PackedHit.read(searcher.getIndexReader(), docs);
        Map<String, String[]> marked = Map.of();
        if (textQuery != null && page.length > 0) {
            marked = new ArticleHighlighter(searcher, analyzer, packed, ArticleHighlighter.exact(textQuery),
                    fieldsOf(searcher.getIndexReader())).highlightFields(
                    new String[] {ArticleDocument.BODY, ArticleDocument.TITLE}, textQuery, new TopDocs(null, page),
                    new int[] {2, 1});
        }
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            PackedHit hit = packed.get(page[i].doc);
            String snippet = marked.isEmpty() ? null : marked.get(ArticleDocument.BODY)[i];
            String title = marked.isEmpty() ? null : marked.get(ArticleDocument.TITLE)[i];
            hits.add(hit.hit(page[i].score, snippet != null ? snippet : SnippetFormatter.lead(hit.body()), title));
        }
        return hits;
    }

    private FieldInfos fieldsOf(IndexReader reader) {
        Fields known = fields;
        if (known == null || known.reader() != reader) {
            known = new Fields(reader, FieldInfos.getMergedFieldInfos(reader));
            fields = known;
        }
        return known.infos();
    }
}
