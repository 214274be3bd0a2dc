package org.newsdesk.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.newsdesk.domain.Article;

/** The layout of an article in the Lucene index, in one place: fields, facets, and back to a hit. Thread-safe. */
final class ArticleDocument {

    /** Commit data naming the layout an index was written with; raise {@link #LAYOUT} when fields change. */
    static final String LAYOUT_KEY = "newsdesk.layout";
    static final String LAYOUT = "4";

    static final String ID = "id";
    static final String SOURCE_ID = "source_id";
    /** The source's title as words (folded, not stemmed), for {@code source:} and for full text. */
    static final String SOURCE = "source";
    static final String TITLE = "title";
    static final String TITLE_EXACT = "title_exact";
    static final String BODY = "body";
    static final String BODY_EXACT = "body_exact";
    /**
     * What a hit shows, body included, packed in one doc value (see {@link PackedHit}): the only place a hit is read
     * from, so no other field is stored but the id.
     */
    static final String HIT = "hit";
    static final String BYLINE = "byline";
    /**
     * Title, body, byline and source as one text, for scoring plain words: BM25F, each part weighing as if it were
     * written {@link #TITLE_WEIGHT} or {@link #BYLINE_WEIGHT} times. One field scores a word with one posting list
     * where four fields took four, merged, each with its own norms (see docs/BENCHMARKS.md). Words and counts
     * only: phrases are matched in the fields above, which keep positions.
     */
    static final String ALL = "all";
    private static final int TITLE_WEIGHT = 3;
    private static final int BYLINE_WEIGHT = 2;
    /** Categories and tags as matched; as written, they are in the packed hit and the facets. */
    static final String CATEGORY_KEY = "category_key";
    static final String TAG_KEY = "tag_key";
    static final String LANGUAGE = "language";
    static final String SHOWN_AT = "shown_at";

    /** Facet dimensions, kept in one doc-values field by Lucene's facet module. */
    static final String SOURCE_DIM = "source";
    static final String CATEGORY_DIM = "category";
    static final String TAG_DIM = "tag";
    static final String LANGUAGE_DIM = "language";

    /** Text whose postings keep offsets, so the highlighter need not analyse the text again. */
    private static final FieldType INDEXED_WITH_OFFSETS = withOffsets(TextField.TYPE_NOT_STORED);
    private static final FieldType WORDS_AND_COUNTS = wordsAndCounts();

    private final FacetsConfig facetsConfig = new FacetsConfig();

    ArticleDocument() {
        facetsConfig.setMultiValued(CATEGORY_DIM, true);
        facetsConfig.setMultiValued(TAG_DIM, true);
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    Document document(Article article, String sourceTitle) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
        doc.add(new LongField(SOURCE_ID, article.sourceId(), Field.Store.NO));
        doc.add(new TextField(SOURCE, sourceTitle, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(SOURCE_DIM, sourceLabel(article.sourceId(), sourceTitle)));
        doc.add(new Field(TITLE, article.title(), INDEXED_WITH_OFFSETS));
        doc.add(new Field(TITLE_EXACT, article.title(), INDEXED_WITH_OFFSETS));
        String body = article.content().bodyText();
        doc.add(new Field(BODY, body, INDEXED_WITH_OFFSETS));
        doc.add(new Field(BODY_EXACT, body, INDEXED_WITH_OFFSETS));
        String byline = article.content().byline();
        if (byline != null) doc.add(new TextField(BYLINE, byline, Field.Store.NO));
        addAll(doc, article.title(), TITLE_WEIGHT);
        addAll(doc, body, 1);
        if (byline != null) addAll(doc, byline, BYLINE_WEIGHT);
        addAll(doc, sourceTitle, 1);
        List<String> categories = addKeywords(doc, article.categories(), CATEGORY_KEY, CATEGORY_DIM);
        List<String> tags = addKeywords(doc, article.content().tags(), TAG_KEY, TAG_DIM);
        String language = article.content().language();
        String languageKey = language == null ? "" : TextAnalysis.language(language);
        if (!languageKey.isEmpty()) {
            doc.add(new StringField(LANGUAGE, languageKey, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(LANGUAGE_DIM, languageKey));
        }
        long shownAt = article.shownAt().toEpochMilli();
        doc.add(new LongField(SHOWN_AT, shownAt, Field.Store.NO));
        doc.add(new BinaryDocValuesField(HIT, new PackedHit(article.id(), article.sourceId(), article.title(), article.url(),
                sourceTitle, shownAt, byline, languageKey.isEmpty() ? null : languageKey, categories, tags, body).pack()));
        return facetsConfig.build(doc);
    }

    static Term idTerm(long articleId) {
        return new Term(ID, Long.toString(articleId));
    }

    /** The source facet's label: the id to filter by and the title to show, as {@code 12/Harbor Times}. */
    static String sourceLabel(long sourceId, String sourceTitle) {
        return sourceId + "/" + sourceTitle;
    }

    /** A source facet label taken apart: the id, then the title. */
    static FacetValue sourceValue(String label, long count, boolean exact) {
        int slash = label.indexOf('/');
        return new FacetValue(label.substring(0, slash), label.substring(slash + 1), count, exact);
    }

    /** Adds the labels, stripped and each once; returns those added. */
    private static List<String> addKeywords(Document doc, List<String> values, String key, String dim) {
        List<String> added = values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        for (String value : added) {
            doc.add(new StringField(key, TextAnalysis.keyword(value), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(dim, value));
        }
        return added;
    }

    /** A part of the one scored text, written as many times as it weighs. */
    private static void addAll(Document doc, String text, int weight) {
        for (int i = 0; i < weight; i++) doc.add(new Field(ALL, text, WORDS_AND_COUNTS));
    }

    private static FieldType wordsAndCounts() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static FieldType withOffsets(FieldType base) {
        FieldType type = new FieldType(base);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
