package org.newsdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.jspecify.annotations.Nullable;

/**
 * Turns a page of matching documents into hits: each read once from its packed hit (see {@link PackedHit}), its title and body marked where
 * the words matched, or the body's opening when they matched elsewhere. Thread-safe (stateless but for the
 * analyzer, which is).
 */
final class HitReader {

    private final Analyzer analyzer;

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
            marked = new ArticleHighlighter(searcher, analyzer, packed, ArticleHighlighter.exact(textQuery)).highlightFields(
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
}
