package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds where names are written: runs of capitalised words ("Angela Merkel", "Bank of England"), without the
 * titles, "the" and sentence openers around them, each with what its neighbours say about its type. There are no
 * name-finder models for OpenNLP on Maven Central, and capitals work the same in most languages. Thread-safe.
 */
final class NameFinder {

    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "del", "della", "di", "da", "do", "dos",
            "das", "du", "la", "le", "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn", "bint", "y", "&",
            "upon", "on");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "mt", "gen", "sen", "rep",
            "gov", "lt", "col", "sgt", "capt", "prof", "jr", "sr", "rev", "ft", "maj", "cmdr", "adm", "hon", "pres");
    private static final Set<String> MODIFIERS = Set.of("former", "acting", "deputy", "interim", "outgoing",
            "incoming", "then", "late", "ex");

    /** "al-Assad", "bin-Salman": a lower-case particle joined to a name. */
    private static final java.util.regex.Pattern PREFIXED = java.util.regex.Pattern.compile(
            "(?:al|el|ad|as|ash|an|bin|ibn|abu|de|van|von|di|da|d')[-'’]\\p{Lu}.*");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final MentionCues cues;

    NameFinder(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.cues = new MentionCues(lexicon, gazetteer);
    }

    List<Mention> find(ArticleText text) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            if (titleCase(sentence)) continue;
            String paragraph = text.paragraphs().get(sentence.paragraph());
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                if (!nameLike(tokens.get(i))) {
                    i++;
                    continue;
                }
                int end = runEnd(tokens, i);
                Mention m = mention(paragraph, sentence, tokens, i, end);
                if (m != null) mentions.add(m);
                i = end + 1;
            }
        }
        return mentions;
    }

    /** The index of the last token of the run of name words starting at {@code start}. */
    private int runEnd(List<Token> tokens, int start) {
        int end = start;
        int j = start + 1;
        while (j < tokens.size() && !tokens.get(end).possessive()) {
            Token t = tokens.get(j);
            if ((nameLike(t) || PREFIXED.matcher(t.text()).matches()) && !t.initial()) {
                end = j++;
            } else if (j + 1 < tokens.size() && nameLike(tokens.get(j + 1)) && joins(tokens.get(end), t)) {
                j++;
            } else {
                break;
            }
        }
        return end;
    }

    /** A lower-case particle inside a name ("Bank of England"), or the full stop of "Mr." or "John F. Kennedy". */
    private static boolean joins(Token previous, Token t) {
        if (t.text().equals(".")) {
            String p = previous.text();
            return ABBREVIATIONS.contains(p.toLowerCase(java.util.Locale.ROOT))
                    || (p.length() == 1 && Character.isUpperCase(p.charAt(0)));
        }
        return CONNECTORS.contains(t.text()) && previous.end() < t.start();
    }

    private @Nullable Mention mention(String paragraph, Sentence sentence, List<Token> tokens, int from, int to) {
        List<Integer> words = new ArrayList<>();
        for (int k = from; k <= to; k++) if (tokens.get(k).isWord()) words.add(k);
        String whole = span(paragraph, tokens, from, to);
        if (gazetteer.find(whole) != null) return build(paragraph, sentence, tokens, from, to, null, false);
        int s = 0;
        while (s < words.size() - 1 && opener(tokens.get(words.get(s)), s == 0)) s++;
        while (s < words.size() - 1 && gazetteer.demonym(tokens.get(words.get(s)).text()) != null) s++;
        String title = null;
        for (int len = Math.min(Lexicon.LONGEST_TITLE, words.size() - s - 1); len >= 1 && title == null; len--) {
            String candidate = Names.fold(span(paragraph, tokens, words.get(s), words.get(s + len - 1)).replace(".", ""));
            if (lexicon.titles().containsKey(candidate) && personAfter(paragraph, tokens, words.get(s + len), to)) {
                title = candidate;
                s += len;
            }
        }
        int first = words.get(s);
        Token only = tokens.get(first);
        if (first == to) {
            String key = Names.fold(only.text());
            if (lexicon.notNames().contains(key) || lexicon.stopwords().contains(key)) return null;
            if (gazetteer.demonym(only.text()) != null || (only.initial() && lexicon.commonStarters().contains(key))) return null;
            if (only.text().length() < 2) return null;
        }
        boolean weak = first == to && title == null && only.initial() && !only.acronym();
        return build(paragraph, sentence, tokens, first, to, title, weak);
    }

    /** A sentence opener that is capitalised only for its place: "The", "But", "Officials". */
    private boolean opener(Token t, boolean firstOfRun) {
        String key = Names.fold(t.text());
        if (lexicon.stopwords().contains(key) || MODIFIERS.contains(key)) return true;
        return firstOfRun && t.initial() && lexicon.commonStarters().contains(key);
    }

    /** A title is one only when a person's name follows it, not an organisation ("General Motors"). */
    private boolean personAfter(String paragraph, List<Token> tokens, int from, int to) {
        String rest = span(paragraph, tokens, from, to);
        if (gazetteer.find(rest) != null) return false;
        for (int k = from; k <= to; k++) {
            String w = Names.fold(tokens.get(k).text());
            if (lexicon.organisationWords().contains(w) || lexicon.placeWords().contains(w)) return false;
        }
        return true;
    }

    private Mention build(String paragraph, Sentence sentence, List<Token> tokens, int from, int to,
                          @Nullable String title, boolean weak) {
        int words = 0;
        for (int k = from; k <= to; k++) if (tokens.get(k).isWord()) words++;
        String name = span(paragraph, tokens, from, to);
        Mention.Cues c = cues.of(tokens, from, to, title, words);
        return new Mention(sentence.paragraph(), sentence.index(), tokens.get(from).start(), tokens.get(to).end(),
                name, title, weak, words, c);
    }

    static String span(String paragraph, List<Token> tokens, int from, int to) {
        return paragraph.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    static boolean nameLike(Token t) {
        if (!t.isWord() || !t.capitalised()) return false;
        int hyphen = t.text().indexOf('-');
        // "Russian-backed", "Kremlin-linked": an adjective made from a name
        return hyphen < 0 || hyphen == t.text().length() - 1 || !Character.isLowerCase(t.text().charAt(hyphen + 1));
    }

    /** A heading or a line in title case ("What Happens Next For Buyers"): its capitals mark no names. */
    private static boolean titleCase(Sentence s) {
        int words = 0;
        int capitalised = 0;
        for (Token t : s.tokens()) {
            if (!t.isWord() || t.text().length() < 4) continue;
            words++;
            if (t.capitalised()) capitalised++;
        }
        return words >= 4 && capitalised * 10 >= words * 8;
    }
}
