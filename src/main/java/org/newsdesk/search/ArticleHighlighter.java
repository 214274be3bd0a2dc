package org.newsdesk.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks matches in titles and bodies. Words match the stemmed fields and quoted phrases their exact twins; both
 * index the same text with offsets, so the twins' matches are marked in the stored text too. A title is marked
 * whole, a body in its best sentences (see {@link SentenceBreaks}). The texts come from the hits' packed texts, already read. Not thread-safe: one per search.
 *
 * <p>Lucene's "weight matches" mode, which builds the query's weight again for every hit, is used only when the
 * query has quoted phrases: for words alone, looking the words up in each hit's postings marks the same words at
 * a fraction of the cost, and each word is looked up once per segment rather than once per hit (see
 * {@link ForwardOffsets}).
 */
final class ArticleHighlighter extends UnifiedHighlighter {

    private static final Set<String> BODY_TWIN = Set.of(ArticleDocument.BODY_EXACT);
    private static final Set<String> TITLE_TWIN = Set.of(ArticleDocument.TITLE_EXACT);
    private static final Set<String> TWINS = Set.of(ArticleDocument.BODY_EXACT, ArticleDocument.TITLE_EXACT);

    private final Map<Integer, PackedHit> hits;

    /**
     * @param hits  the hits' texts by doc id
     * @param exact whether the query matches the exact twins (quoted phrases), which needs weight matches
     * @param fields the searcher's fields, merged over its segments: merging them is a pass over every segment that
     *               Lucene would otherwise make for each highlighter, so for each search
     */
    ArticleHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, PackedHit> hits, boolean exact,
                       FieldInfos fields) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withWeightMatches(exact)
                .withFormatter(new SnippetFormatter())
                .withScorer(new PassageRanker())
                .withMaxNoHighlightPassages(0));
        this.hits = hits;
        this.fieldInfos = fields;
    }

    /** Whether the query looks in the exact twins of title or body: quoted phrases do. */
    static boolean exact(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                for (Term term : terms) {
                    if (TWINS.contains(term.field())) found[0] = true;
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            PackedHit hit = hits.get(doc);
            CharSequence[] texts = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                texts[i] = hit == null ? "" : switch (fields[i]) {
                    case ArticleDocument.BODY -> hit.body();
                    case ArticleDocument.TITLE -> hit.title();
                    default -> "";
                };
            }
            values.add(texts);
        }
        return values;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        boolean wordsAlone = source == OffsetSource.POSTINGS && !components.phraseHelper().hasPositionSensitivity()
                && components.automata().length == 0 && !components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES);
        return wordsAlone ? new ForwardOffsets(components) : super.getOffsetStrategy(source, components);
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
        return field.equals(ArticleDocument.TITLE) ? new WholeBreakIterator() : new SentenceBreaks();
    }
}
