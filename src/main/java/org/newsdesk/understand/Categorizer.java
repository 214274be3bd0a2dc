package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.domain.Entity;
import org.newsdesk.domain.EntityType;

/**
 * Files an article under topical categories (World, Politics, Business, …), scored with the word lists of
 * {@code categories.txt} and the topics of the organisations it names, and under the countries and regions its
 * places belong to, by the gazetteer. Thread-safe.
 */
final class Categorizer {

    private static final double MINIMUM = 3.0;
    private static final int TOPICS = 2;
    private static final int COUNTRIES = 3;

    /** One term of a category: a word, a word prefix ("elect*") or a pair of words, with its weight. */
    private record Term(String category, String text, boolean prefix, double weight) {
    }

    private final Map<String, List<Term>> exact = new HashMap<>();
    private final Map<String, List<Term>> byFirstLetters = new HashMap<>();
    private final Gazetteer gazetteer;

    Categorizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String line : Lexicon.lines("categories.txt")) {
            int colon = line.indexOf(':');
            String category = line.substring(0, colon).strip();
            for (String raw : line.substring(colon + 1).strip().split("\\s+")) add(category, raw);
        }
    }

    private void add(String category, String raw) {
        double weight = 1;
        int w = raw.indexOf(':');
        if (w > 0) {
            weight = Double.parseDouble(raw.substring(w + 1));
            raw = raw.substring(0, w);
        }
        boolean prefix = raw.endsWith("*");
        String text = (prefix ? raw.substring(0, raw.length() - 1) : raw).replace('_', ' ');
        Term term = new Term(category, text, prefix, weight);
        if (prefix) byFirstLetters.computeIfAbsent(text.substring(0, Math.min(3, text.length())), k -> new ArrayList<>()).add(term);
        else exact.computeIfAbsent(text, k -> new ArrayList<>()).add(term);
    }

    List<String> categorize(ArticleText text, EntityIndex entities) {
        Map<String, Double> topics = new HashMap<>();
        score(text, topics);
        Map<String, Double> countries = new LinkedHashMap<>();
        Map<String, Double> regions = new LinkedHashMap<>();
        for (Entity e : entities.entities()) {
            Gazetteer.Entry g = entities.places().get(e);
            if (g == null) continue;
            if (g.topic() != null) topics.merge(g.topic(), 1.5 * Math.min(3, e.mentions()), Double::sum);
            if (e.type() != EntityType.PLACE) continue;
            if (g.country() != null) countries.merge(g.country(), (double) e.mentions(), Double::sum);
            if (g.region() != null) regions.merge(g.region(), (double) e.mentions(), Double::sum);
        }
        demonyms(text, countries);
        if (countries.size() >= 2) topics.merge("World", 1.5 * (countries.size() - 1), Double::sum);
        List<String> out = new ArrayList<>(top(topics, TOPICS, MINIMUM, 0.5));
        out.addAll(top(countries, COUNTRIES, 1, 0));
        for (String region : top(regions, 1, 2, 0)) if (!out.contains(region)) out.add(region);
        return out;
    }

    /** Adds each term's weight for every word of the text; the title counts three times. */
    private void score(ArticleText text, Map<String, Double> scores) {
        scoreWords(words(text.title()), 3, scores);
        for (Sentence s : text.sentences()) {
            List<String> w = new ArrayList<>();
            for (Token t : s.tokens()) if (t.isWord()) w.add(t.text().toLowerCase(Locale.ROOT));
            scoreWords(w, 1, scores);
        }
    }

    private void scoreWords(List<String> words, double factor, Map<String, Double> scores) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            match(exact.get(w), w, factor, scores);
            if (i + 1 < words.size()) {
                String pair = w + " " + words.get(i + 1);
                match(exact.get(pair), pair, factor, scores);
                if (w.length() >= 3) match(byFirstLetters.get(w.substring(0, 3)), pair, factor, scores);
            }
            if (w.length() >= 3) match(byFirstLetters.get(w.substring(0, 3)), w, factor, scores);
        }
    }

    private static void match(List<Term> terms, String text, double factor, Map<String, Double> scores) {
        if (terms == null) return;
        for (Term t : terms) {
            boolean hit = t.prefix() ? text.startsWith(t.text()) && (t.text().contains(" ") == text.contains(" ")) : text.equals(t.text());
            if (hit) scores.merge(t.category(), t.weight() * factor, Double::sum);
        }
    }

    /** "Russian troops": a country named by its people counts half. */
    private void demonyms(ArticleText text, Map<String, Double> countries) {
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.isWord() || !t.capitalised()) continue;
                Gazetteer.Entry e = gazetteer.demonym(t.text());
                if (e != null && e.country() != null) countries.merge(e.country(), 0.5, Double::sum);
            }
        }
    }

    /** The best keys with at least {@code minimum} and, after the first, {@code share} of the first's score. */
    private static List<String> top(Map<String, Double> scores, int most, double minimum, double share) {
        List<Map.Entry<String, Double>> sorted = scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : sorted) {
            if (out.size() >= most || e.getValue() < minimum) break;
            if (!out.isEmpty() && e.getValue() < share * sorted.getFirst().getValue()) break;
            out.add(e.getKey());
        }
        return out;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
