package org.newsdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.jspecify.annotations.Nullable;

/**
 * Finds other searches to offer when one found nothing: the words spelt as the index spells them, then looser
 * versions of the query (without quotes, without filters, any word), each with the number of hits it would give.
 * Thread-safe (a spell checker is made per call: it is cheap and not documented as shareable).
 */
final class SuggestionFinder {

    /** Spelling comes from the unstemmed fields: their terms are words a reader would recognise. */
    private static final List<String> SPELLING_FIELDS = List.of(ArticleDocument.BODY_EXACT, ArticleDocument.TITLE_EXACT);

    private final Analyzer analyzer;

    SuggestionFinder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<Suggestion> find(SearchQuery query, ParsedQuery parsed, IndexReader reader, Counter counter)
            throws IOException {
        SearchQuery first = query.withOffset(0);
        List<Candidate> candidates = new ArrayList<>();
        ParsedQuery spelt = spelt(parsed, reader);
        if (spelt != null) candidates.add(new Candidate(Suggestion.Kind.SPELLING, first.withText(spelt.text())));
        if (!parsed.phrases().isEmpty()) {
            List<String> words = new ArrayList<>(parsed.words());
            for (String phrase : parsed.phrases()) words.addAll(Arrays.asList(phrase.split(" ")));
            candidates.add(new Candidate(Suggestion.Kind.WITHOUT_QUOTES,
                    first.withText(parsed.withWords(words).withPhrases(List.of()).text())));
        }
        if (parsed.hasText() && (parsed.hasFilters() || !query.filters().isEmpty())) {
            candidates.add(new Candidate(Suggestion.Kind.WITHOUT_FILTERS,
                    first.withText(parsed.withoutFilters().text()).withFilters(SearchFilters.none())));
        }
        if (query.match() == MatchMode.ALL && parsed.words().size() + parsed.phrases().size() > 1) {
            candidates.add(new Candidate(Suggestion.Kind.ANY_WORD, first.withMatch(MatchMode.ANY)));
        }
        List<Suggestion> found = new ArrayList<>();
        for (Candidate candidate : candidates) {
            long count = counter.count(candidate.query);
            if (count > 0) found.add(new Suggestion(candidate.kind, candidate.query, count));
        }
        return found;
    }

    /** The query with misspelt words replaced, or null when every word is in the index or has no likely spelling. */
    private @Nullable ParsedQuery spelt(ParsedQuery parsed, IndexReader reader) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        boolean[] changed = {false};
        List<String> words = new ArrayList<>();
        for (String word : parsed.words()) words.add(respell(word, checker, reader, changed));
        List<String> phrases = new ArrayList<>();
        for (String phrase : parsed.phrases()) {
            List<String> spelt = new ArrayList<>();
            for (String word : phrase.split(" ")) spelt.add(respell(word, checker, reader, changed));
            phrases.add(spelt.stream().collect(Collectors.joining(" ")));
        }
        return changed[0] ? parsed.withWords(words).withPhrases(phrases) : null;
    }

    private String respell(String word, DirectSpellChecker checker, IndexReader reader, boolean[] changed)
            throws IOException {
        List<String> terms = terms(word);
        if (terms.size() != 1) return word;
        String term = terms.getFirst();
        for (String field : SPELLING_FIELDS) {
            if (reader.docFreq(new Term(field, term)) > 0) return word;
        }
        for (String field : SPELLING_FIELDS) {
            SuggestWord[] similar = checker.suggestSimilar(new Term(field, term), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (similar.length > 0) {
                changed[0] = true;
                return similar[0].string;
            }
        }
        return word;
    }

    /** The word as the exact fields index it: lower case, folded, split at punctuation. */
    private List<String> terms(String word) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ArticleDocument.BODY_EXACT, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) terms.add(term.toString());
            stream.end();
        }
        return terms;
    }

    /** Counts the hits of a search on the same searcher as the search that found nothing. */
    interface Counter {
        long count(SearchQuery query) throws IOException;
    }

    private record Candidate(Suggestion.Kind kind, SearchQuery query) {}
}
