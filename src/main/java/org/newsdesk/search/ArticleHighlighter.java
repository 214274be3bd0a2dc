package org.newsdesk.search;

import java.text.BreakIterator;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks matches in titles and bodies. Words match the stemmed fields and quoted phrases their exact twins; both
 * index the same text with offsets, so the twins' matches are marked in the stored text too. A title is marked
 * whole, a body in its best sentences. Not thread-safe: one per search.
 */
final class ArticleHighlighter extends UnifiedHighlighter {

    private static final Set<String> BODY_TWIN = Set.of(ArticleDocument.BODY_EXACT);
    private static final Set<String> TITLE_TWIN = Set.of(ArticleDocument.TITLE_EXACT);

    ArticleHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(0));
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
