package org.newsdesk.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Turns a parsed query and the ticked facets into a Lucene query. Each word must match title, body, byline or source,
 * scored as one weighted text (BM25F, see {@link ArticleDocument#ALL}); each phrase must match one of those fields
 * (the best field counts, the title most); filters narrow without scoring. Thread-safe (its analyzer is).
 */
final class LuceneQueryBuilder {

    /**
     * Fields for the words the analyzer splits in several ("covid-19"), matched as phrases: stemmed title and body,
     * names as written.
     */
    private static final Map<String, Float> WORD_FIELDS = Map.of(ArticleDocument.TITLE, 3f, ArticleDocument.BODY, 1f,
            ArticleDocument.BYLINE, 1.5f, ArticleDocument.SOURCE, 1f);
    /** The fields whose words the hits show marked. */
    private static final Map<String, Float> MARKED_FIELDS = Map.of(ArticleDocument.TITLE, 1f, ArticleDocument.BODY, 1f);
    /** Fields for quoted phrases: the unstemmed twins of title and body. */
    private static final Map<String, Float> PHRASE_FIELDS = Map.of(ArticleDocument.TITLE_EXACT, 3f,
            ArticleDocument.BODY_EXACT, 1f, ArticleDocument.BYLINE, 1.5f, ArticleDocument.SOURCE, 1f);
    /** A match in a second field adds a little, so "harbor" in title and body beats title alone. */
    private static final float TIE_BREAKER = 0.1f;

    private final QueryBuilder analyzed;

    LuceneQueryBuilder(Analyzer analyzer) {
        this.analyzed = new QueryBuilder(analyzer);
    }

    Query build(ParsedQuery parsed, SearchFilters filters, MatchMode match, Instant now) {
        return build(parsed, filters, match, now, null);
    }

    /**
     * The query, leaving out the positive filters of one field: its facet counts then show what choosing another
     * value would give ("drill sideways").
     */
    Query build(ParsedQuery parsed, SearchFilters filters, MatchMode match, Instant now, @Nullable FacetField sideways) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Query text = textQuery(parsed, match);
        query.add(text != null ? text : new MatchAllDocsQuery(), Occur.MUST);
        for (String excluded : parsed.excluded()) {
            Query q = excluded.contains(" ") ? anyField(excluded, PHRASE_FIELDS) : wordQuery(excluded);
            if (q != null) query.add(q, Occur.MUST_NOT);
        }
        for (FacetField field : List.of(FacetField.SOURCE, FacetField.CATEGORY, FacetField.TAG, FacetField.LANGUAGE)) {
            for (FieldFilter filter : parsed.filters(field)) {
                if (filter.excluded()) query.add(filterQuery(filter), Occur.MUST_NOT);
            }
            Query chosen = field == sideways ? null : chosen(field, parsed, filters);
            if (chosen != null) query.add(chosen, Occur.FILTER);
        }
        Query dates = sideways == FacetField.DATE ? null : dateRange(parsed, filters, now);
        if (dates != null) query.add(dates, Occur.FILTER);
        return query.build();
    }

    /** The scored part alone: words and phrases, or null when there are none. */
    @Nullable Query textQuery(ParsedQuery parsed, MatchMode match) {
        return textQuery(parsed, match, this::wordQuery);
    }

    /** The words and phrases field by field, or null when there are none: the highlighter marks them with this. */
    @Nullable Query markedQuery(ParsedQuery parsed, MatchMode match) {
        return textQuery(parsed, match, word -> anyField(word, MARKED_FIELDS));
    }

    private @Nullable Query textQuery(ParsedQuery parsed, MatchMode match, Function<String, @Nullable Query> words) {
        List<Query> clauses = new ArrayList<>();
        for (String word : parsed.words()) addIfPresent(clauses, words.apply(word));
        for (String phrase : parsed.phrases()) addIfPresent(clauses, anyField(phrase, PHRASE_FIELDS));
        if (clauses.isEmpty()) return null;
        if (clauses.size() == 1) return clauses.getFirst();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Query clause : clauses) all.add(clause, match == MatchMode.ALL ? Occur.MUST : Occur.SHOULD);
        return all.build();
    }

    /** A plain word: one term of the weighted text; a word the analyzer splits stays a phrase, field by field. */
    private @Nullable Query wordQuery(String word) {
        Query term = analyzed.createBooleanQuery(ArticleDocument.ALL, word);
        return term == null || term instanceof TermQuery ? term : anyField(word, WORD_FIELDS);
    }

    /** The text as a phrase in whichever field matches it best; a single word is a term query. */
    private @Nullable Query anyField(String text, Map<String, Float> fields) {
        List<Query> perField = new ArrayList<>();
        fields.forEach((field, boost) -> {
            Query q = analyzed.createPhraseQuery(field, text);
            if (q != null) perField.add(boost == 1f ? q : new BoostQuery(q, boost));
        });
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    /** The values chosen for a field, in the text or ticked on the page: any of them will do. */
    private @Nullable Query chosen(FacetField field, ParsedQuery parsed, SearchFilters filters) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int count = 0;
        for (FieldFilter filter : parsed.filters(field)) {
            if (filter.excluded()) continue;
            any.add(filterQuery(filter), Occur.SHOULD);
            count++;
        }
        List<Query> ticked = switch (field) {
            case SOURCE -> filters.sourceIds().isEmpty() ? List.of() : List.of(LongField.newSetQuery(
                    ArticleDocument.SOURCE_ID, filters.sourceIds().stream().mapToLong(Long::longValue).toArray()));
            case CATEGORY -> filters.categories().stream().map(v -> filterQuery(new FieldFilter(field, v, false))).toList();
            case TAG -> filters.tags().stream().map(v -> filterQuery(new FieldFilter(field, v, false))).toList();
            case LANGUAGE -> filters.languages().stream().map(v -> filterQuery(new FieldFilter(field, v, false))).toList();
            case DATE -> List.of();
        };
        for (Query q : ticked) any.add(q, Occur.SHOULD);
        count += ticked.size();
        return count == 0 ? null : any.build();
    }

    private Query filterQuery(FieldFilter filter) {
        return switch (filter.field()) {
            case SOURCE -> {
                Query words = analyzed.createPhraseQuery(ArticleDocument.SOURCE, filter.value());
                yield words != null ? words : new MatchNoDocsQuery("no words in source:" + filter.value());
            }
            case CATEGORY -> new TermQuery(new Term(ArticleDocument.CATEGORY_KEY, TextAnalysis.keyword(filter.value())));
            case TAG -> new TermQuery(new Term(ArticleDocument.TAG_KEY, TextAnalysis.keyword(filter.value())));
            case LANGUAGE -> new TermQuery(new Term(ArticleDocument.LANGUAGE, TextAnalysis.language(filter.value())));
            case DATE -> throw new IllegalArgumentException("dates are not field filters");
        };
    }

    /** after:, before: and the ticked date bucket together, or null when none is given. */
    private static @Nullable Query dateRange(ParsedQuery parsed, SearchFilters filters, Instant now) {
        if (parsed.after() == null && parsed.before() == null && filters.date() == null) return null;
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        if (parsed.after() != null) from = startOf(parsed.after());
        if (parsed.before() != null) to = startOf(parsed.before()) - 1;
        if (filters.date() != null) {
            from = Math.max(from, filters.date().fromMillis(now));
            to = Math.min(to, filters.date().toMillis(now));
        }
        return from > to ? new MatchNoDocsQuery("an empty date range") : LongField.newRangeQuery(ArticleDocument.SHOWN_AT, from, to);
    }

    private static long startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static void addIfPresent(List<Query> clauses, @Nullable Query query) {
        if (query != null) clauses.add(query);
    }
}
