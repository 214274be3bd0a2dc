package org.newsdesk.understand;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.domain.Annotations;
import org.newsdesk.domain.Entity;
import org.newsdesk.domain.EntityType;
import org.newsdesk.domain.Quote;

/**
 * Scores annotations against the gold set. A predicted quote matches a gold one when the speakers are the same
 * name (case and accents aside) and the words overlap with a Dice coefficient of at least 0.6; each gold quote
 * matches at most once. A gold person or place is found when an entity of that type has that name or alias.
 */
final class GoldScorer {

    static final double TEXT_MATCH = 0.6;

    /** The figures, with what was missed and what was wrong, to read when they fall. */
    record Figures(int goldQuotes, int predictedQuotes, int matchedQuotes, int people, int peopleFound, int places,
                   int placesFound, int boilerplateSentences, List<String> problems) {

        double quotePrecision() {
            return predictedQuotes == 0 ? 1 : (double) matchedQuotes / predictedQuotes;
        }

        double quoteRecall() {
            return goldQuotes == 0 ? 1 : (double) matchedQuotes / goldQuotes;
        }

        double peopleRecall() {
            return people == 0 ? 1 : (double) peopleFound / people;
        }

        double placeRecall() {
            return places == 0 ? 1 : (double) placesFound / places;
        }

        String summary() {
            return String.format(Locale.ROOT, "quotes: precision %.3f (%d/%d), recall %.3f (%d/%d); people recall %.3f (%d/%d);"
                            + " place recall %.3f (%d/%d); summary sentences from boilerplate: %d",
                    quotePrecision(), matchedQuotes, predictedQuotes, quoteRecall(), matchedQuotes, goldQuotes,
                    peopleRecall(), peopleFound, people, placeRecall(), placesFound, places, boilerplateSentences);
        }
    }

    Figures score(GoldSet gold, Map<String, Annotations> predicted) {
        int goldQuotes = 0, predictedQuotes = 0, matched = 0, people = 0, peopleFound = 0, places = 0, placesFound = 0;
        int boilerplate = 0;
        List<String> problems = new ArrayList<>();
        for (var e : gold.expected().entrySet()) {
            String name = e.getKey();
            GoldSet.Expected expected = e.getValue();
            Annotations a = predicted.get(name);
            if (a == null) throw new IllegalStateException("no prediction for " + name);
            goldQuotes += expected.quotes().size();
            predictedQuotes += a.quotes().size();
            boolean[] used = new boolean[expected.quotes().size()];
            for (Quote q : a.quotes()) {
                int hit = -1;
                for (int i = 0; i < used.length && hit < 0; i++) {
                    GoldSet.GoldQuote g = expected.quotes().get(i);
                    if (!used[i] && fold(g.speaker()).equals(fold(q.speaker())) && dice(g.text(), q.text()) >= TEXT_MATCH) hit = i;
                }
                if (hit >= 0) {
                    used[hit] = true;
                    matched++;
                } else {
                    problems.add(name + ": wrong quote " + q.speaker() + " [" + q.verb() + "] " + q.text());
                }
            }
            for (int i = 0; i < used.length; i++) {
                if (!used[i]) problems.add(name + ": missed quote " + expected.quotes().get(i));
            }
            people += expected.people().size();
            places += expected.places().size();
            for (String p : expected.people()) {
                if (found(a, p, EntityType.PERSON)) peopleFound++;
                else problems.add(name + ": missed person " + p + " " + typeOf(a, p));
            }
            for (String p : expected.places()) {
                if (found(a, p, EntityType.PLACE)) placesFound++;
                else problems.add(name + ": missed place " + p + " " + typeOf(a, p));
            }
            for (String sentence : a.summary()) {
                for (String b : expected.boilerplate()) {
                    if (dice(sentence, b) >= 0.5) {
                        boilerplate++;
                        problems.add(name + ": boilerplate in summary: " + sentence);
                    }
                }
            }
        }
        return new Figures(goldQuotes, predictedQuotes, matched, people, peopleFound, places, placesFound, boilerplate, problems);
    }

    private static boolean found(Annotations a, String name, EntityType type) {
        for (Entity e : a.entities()) {
            if (e.type() != type) continue;
            if (fold(e.name()).equals(fold(name))) return true;
            for (String alias : e.aliases()) if (fold(alias).equals(fold(name))) return true;
        }
        return false;
    }

    private static String typeOf(Annotations a, String name) {
        for (Entity e : a.entities()) {
            if (fold(e.name()).equals(fold(name)) || e.aliases().stream().anyMatch(x -> fold(x).equals(fold(name)))) {
                return "(found as " + e.type() + " " + e.name() + ")";
            }
        }
        return "(not found)";
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    /** The Dice coefficient of two texts' word multisets. */
    static double dice(String a, String b) {
        Map<String, Integer> wa = words(a);
        Map<String, Integer> wb = words(b);
        int common = 0;
        int na = 0;
        int nb = 0;
        for (int n : wa.values()) na += n;
        for (int n : wb.values()) nb += n;
        for (var e : wa.entrySet()) common += Math.min(e.getValue(), wb.getOrDefault(e.getKey(), 0));
        return na + nb == 0 ? 0 : 2.0 * common / (na + nb);
    }

    private static Map<String, Integer> words(String s) {
        Map<String, Integer> out = new HashMap<>();
        for (String w : fold(s).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.merge(w, 1, Integer::sum);
        return out;
    }
}
