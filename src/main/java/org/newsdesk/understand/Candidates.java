package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the sentences worth embedding for a summary: never boilerplate, headings, fragments or run-ons; then the
 * best few by a cheap score (early in the text, sharing words with the title and with the rest of the article),
 * since embedding every sentence would cost more than the whole stage may. Thread-safe.
 */
final class Candidates {

    private static final int FEWEST_WORDS = 6;
    private static final int MOST_WORDS = 60;
    private static final Set<String> DANGLING = Set.of("he", "she", "it", "they", "this", "that", "these", "those",
            "but", "and", "also", "his", "her", "their", "its", "there", "so", "then", "yet", "or");

    private final Boilerplate boilerplate;
    private final Lexicon lexicon;

    Candidates(Boilerplate boilerplate, Lexicon lexicon) {
        this.boilerplate = boilerplate;
        this.lexicon = lexicon;
    }

    /**
     * The sentences that may stand in a summary as far as cheap checks tell, in text order: the boilerplate check,
     * which costs more than all of them, is left for the few sentences {@link #best} ends up taking.
     */
    private List<Sentence> plausible(ArticleText text) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            int words = s.wordCount();
            if (words < FEWEST_WORDS || words > MOST_WORDS) continue;
            char first = s.text().charAt(0);
            if (Character.isLowerCase(first)) continue;
            char last = s.text().charAt(s.text().length() - 1);
            if (Character.isLetterOrDigit(last) || quoteFragment(s) || s.text().endsWith("...") || last == '…') continue;
            out.add(s);
        }
        return out;
    }

    /** A sentence of a quotation with no one saying it ("“Nobody wanted this.”"): it needs the one before. */
    private boolean quoteFragment(Sentence s) {
        char first = s.text().charAt(0);
        if ("\"“‘'«„".indexOf(first) < 0) return false;
        for (Token t : s.tokens()) if (lexicon.isSpeechVerb(t.text())) return false;
        return true;
    }

    /**
     * The best {@code most} sentences that may stand in a summary (never boilerplate, headings, fragments or
     * run-ons), by the cheap score, in text order.
     */
    List<Sentence> best(ArticleText text, int most) {
        List<Sentence> plausible = plausible(text);
        if (plausible.size() <= most) {
            return plausible.stream().filter(s -> !boilerplate.isBoilerplate(s.text())).toList();
        }
        Map<String, Integer> frequency = new HashMap<>();
        for (Sentence s : text.sentences()) for (String w : content(s.tokens())) frequency.merge(w, 1, Integer::sum);
        Set<String> title = Set.copyOf(content(new WordTokenizer().tokenize(text.title())));
        double[] score = new double[plausible.size()];
        for (int i = 0; i < score.length; i++) score[i] = cheapScore(plausible.get(i), frequency, title, i);
        List<Integer> byScore = new ArrayList<>();
        for (int i = 0; i < score.length; i++) byScore.add(i);
        byScore.sort(Comparator.comparingDouble(i -> -score[i]));
        List<Sentence> out = new ArrayList<>();
        for (int i : byScore) {
            Sentence s = plausible.get(i);
            if (!boilerplate.isBoilerplate(s.text())) out.add(s);
            if (out.size() == most) break;
        }
        out.sort(Comparator.comparingInt(Sentence::index));
        return out;
    }

    private double cheapScore(Sentence s, Map<String, Integer> frequency, Set<String> title, int rank) {
        List<String> words = content(s.tokens());
        double shared = 0;
        double inTitle = 0;
        for (String w : words) {
            shared += Math.min(4, frequency.getOrDefault(w, 1) - 1);
            if (title.contains(w)) inTitle++;
        }
        double density = words.isEmpty() ? 0 : shared / words.size();
        return density + 0.6 * inTitle + 2.5 / (1 + rank) - (dangling(s) ? 1 : 0);
    }

    /** Opens with a word that points back to a sentence the reader of a summary has not seen. */
    static boolean dangling(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.isWord()) return DANGLING.contains(t.text().toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private List<String> content(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            if (!t.isWord() || t.text().length() < 3) continue;
            String w = t.text().toLowerCase(Locale.ROOT);
            if (!lexicon.stopwords().contains(w)) out.add(KeyPhrases.singular(w));
        }
        return out;
    }
}
