package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

/**
 * Finds the key phrases an article is about ("interest rates", "malaria vaccine"): for English, the noun phrases of
 * its title and lead, tagged with OpenNLP's part-of-speech model (only there, where the topic is stated, to keep the
 * stage fast), counted over the whole text; for other languages, its most repeated long words. Thread-safe.
 */
final class KeyPhrases {

    /** A phrase, how often the article uses it and whether its title does. */
    record Phrase(String text, int count, boolean inTitle) {
    }

    private static final int LEAD_SENTENCES = 1;
    private static final int LONGEST = 3;

    private final ThreadSafePOSTaggerME tagger;
    private final Lexicon lexicon;
    private final Set<String> generic;

    KeyPhrases(POSModel model, Lexicon lexicon) {
        this.tagger = new ThreadSafePOSTaggerME(model);
        this.lexicon = lexicon;
        Set<String> words = new java.util.HashSet<>();
        for (String line : Lexicon.lines("generic-nouns.txt")) words.addAll(List.of(line.split("\\s+")));
        this.generic = Set.copyOf(words);
    }

    List<Phrase> find(ArticleText text, List<Token> titleTokens, String language) {
        Map<String, String> candidates = text.english() ? nounPhrases(text, titleTokens)
                : language.equals("de") ? germanNouns(text) : repeatedWords(text, language);
        Map<String, Integer> counts = count(text, candidates.keySet());
        String title = " " + String.join(" ", words(titleTokens)) + " ";
        List<Phrase> out = new ArrayList<>();
        for (Map.Entry<String, String> c : candidates.entrySet()) {
            int n = counts.getOrDefault(c.getKey(), 0);
            boolean inTitle = title.contains(" " + c.getValue() + " ");
            boolean pair = c.getValue().contains(" ");
            if (n >= 2 || (pair && n >= 1 && inTitle)) out.add(new Phrase(c.getValue(), n, inTitle));
        }
        return out;
    }

    /** Adjective and noun runs ending in a noun, from the title and the lead: key (singular) → as written. */
    private Map<String, String> nounPhrases(ArticleText text, List<Token> titleTokens) {
        Map<String, String> found = new LinkedHashMap<>();
        List<List<Token>> sources = new ArrayList<>();
        sources.add(titleTokens);
        for (int i = 0; i < Math.min(LEAD_SENTENCES, text.sentences().size()); i++) sources.add(text.sentences().get(i).tokens());
        for (List<Token> tokens : sources) {
            if (tokens.isEmpty()) continue;
            boolean headline = tokens == titleTokens && titleCase(tokens);
            String[] words = tokens.stream().map(t -> headline || tokens.getFirst() == t
                    ? t.text().toLowerCase(Locale.ROOT) : t.text()).toArray(String[]::new);
            String[] tags = tagger.tag(words);
            int i = 0;
            while (i < words.length) {
                int j = i;
                while (j < words.length && (tags[j].equals("NOUN") || tags[j].equals("ADJ")) && lower(words[j])) j++;
                int end = j;
                while (end > i && !tags[end - 1].equals("NOUN")) end--;
                if (end > i) phrases(words, i, end, found);
                i = Math.max(j, i + 1);
            }
        }
        return found;
    }

    /** The phrases of a noun run: the run itself (its last three words) and its head noun. */
    private void phrases(String[] words, int from, int to, Map<String, String> found) {
        int start = Math.max(from, to - LONGEST);
        while (start < to - 1 && (generic.contains(words[start]) || lexicon.stopwords().contains(words[start]))) start++;
        String head = words[to - 1].toLowerCase(Locale.ROOT);
        if (to - start >= 2) {
            String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, start, to)).toLowerCase(Locale.ROOT);
            found.putIfAbsent(key(phrase), phrase);
        }
        if (!generic.contains(head) && !generic.contains(singular(head)) && head.length() > 3) found.putIfAbsent(key(head), head);
    }

    /** For languages without a tagger: long lower-case words that are not stop words. */
    private Map<String, String> repeatedWords(ArticleText text, String language) {
        Set<String> stop = lexicon.stopwordsFor(language);
        Map<String, String> found = new LinkedHashMap<>();
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                String w = t.text();
                if (w.length() >= 7 && lower(w) && !stop.contains(Names.fold(w))) found.putIfAbsent(key(w), w.toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }

    /** German capitalises its nouns: the repeated ones inside sentences are what an article is about. */
    private Map<String, String> germanNouns(ArticleText text) {
        Set<String> stop = lexicon.stopwordsFor("de");
        Map<String, String> found = new LinkedHashMap<>();
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                String w = t.text();
                if (!t.initial() && t.capitalised() && !t.acronym() && w.length() >= 5 && !stop.contains(Names.fold(w))) {
                    found.putIfAbsent(key(w), w);
                }
            }
        }
        return found;
    }

    /**
     * How often each candidate occurs in the body, singular and plural alike. Longer phrases are only spelled out
     * where a candidate starts with the word at hand: most words start none.
     */
    private static Map<String, Integer> count(ArticleText text, Set<String> keys) {
        Set<String> firstWords = new java.util.HashSet<>();
        for (String k : keys) {
            int space = k.indexOf(' ');
            if (space > 0) firstWords.add(k.substring(0, space));
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : text.sentences()) {
            List<String> w = words(s.tokens());
            for (int i = 0; i < w.size(); i++) {
                String single = singular(w.get(i));
                if (keys.contains(single)) counts.merge(single, 1, Integer::sum);
                if (!firstWords.contains(w.get(i))) continue;
                StringBuilder sb = new StringBuilder(w.get(i));
                for (int n = 1; n < LONGEST && i + n < w.size(); n++) {
                    String k = sb.append(' ') + singular(w.get(i + n));
                    if (keys.contains(k)) counts.merge(k, 1, Integer::sum);
                    sb.append(w.get(i + n));
                }
            }
        }
        return counts;
    }

    private static List<String> words(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) if (t.isWord()) out.add(t.text().toLowerCase(Locale.ROOT));
        return out;
    }

    private static String key(String phrase) {
        int space = phrase.lastIndexOf(' ');
        return phrase.substring(0, space + 1).toLowerCase(Locale.ROOT) + singular(phrase.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return w.substring(0, w.length() - 1);
        return w;
    }

    /** "Central Bank Holds Rates Steady": capitals mark nothing in a headline written so. */
    private static boolean titleCase(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (!t.isWord() || t.text().length() < 4) continue;
            words++;
            if (t.capitalised()) capitalised++;
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    private static boolean lower(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }
}
