package org.newsdesk.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks matches in titles and bodies. Words match the stemmed fields and quoted phrases their exact twins; both
 * index the same text with offsets, so the twins' matches are marked in the stored text too. A title is marked
 * whole, a body in its best sentences. The texts come from the hits' documents, already loaded, rather than
 * from a second read of the stored fields. Not thread-safe: one per search.
 */
final class ArticleHighlighter extends UnifiedHighlighter {

    private static final Set<String> BODY_TWIN = Set.of(ArticleDocument.BODY_EXACT);
    private static final Set<String> TITLE_TWIN = Set.of(ArticleDocument.TITLE_EXACT);

    private final Map<Integer, Document> documents;

    /** @param documents the hits' stored documents by doc id */
    ArticleHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Document> documents) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withScorer(new PassageRanker())
                .withMaxNoHighlightPassages(0));
        this.documents = documents;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            Document document = documents.get(doc);
            CharSequence[] texts = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                String text = document == null ? null : document.get(fields[i]);
                texts[i] = text != null ? text : "";
            }
            values.add(texts);
        }
        return values;
    }

    @Override
    protected Set<String> getMaskedFields(String field) {
        return switch (field) {
            case ArticleDocument.BODY -> BODY_TWIN;
            case ArticleDocument.TITLE -> TITLE_TWIN;
            default -> Set.of();
        };
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return field.equals(ArticleDocument.TITLE) ? new WholeBreakIterator() : super.getBreakIterator(field);
    }
}
