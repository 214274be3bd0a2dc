package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds where names are written: runs of capitalised words ("Angela Merkel", "Bank of England"), without the
 * titles, "the", sentence openers and job words around them, each with what its neighbours say about its type.
 * There are no name-finder models for OpenNLP on Maven Central, and capitals work the same in most languages; in
 * German, where every noun has one, only names the gazetteer, a title or a given name vouches for count.
 * Thread-safe.
 */
final class NameFinder {

    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "del", "della", "di", "da", "do", "dos",
            "das", "du", "la", "le", "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn", "bint", "y", "&");
    private static final Set<String> AFFILIATIONS = Set.of("of", "for", "at", "de", "di", "da");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "mt", "gen", "sen", "rep",
            "gov", "lt", "col", "sgt", "capt", "prof", "jr", "sr", "rev", "ft", "maj", "cmdr", "adm", "hon", "pres");
    private static final Set<String> PARTIES = Set.of("republican", "democrat", "democratic", "conservative",
            "labour", "liberal", "socialist", "green", "independent", "tory");
    private static final Set<String> MODIFIERS = Set.of("former", "acting", "deputy", "interim", "outgoing",
            "incoming", "then", "late", "ex");
    /** "al-Assad", "bin-Salman": a lower-case particle joined to a name. */
    private static final Pattern PREFIXED = Pattern.compile("(?:al|el|ad|as|ash|an|bin|ibn|abu|de|van|von|di|da|d')[-'’]\\p{Lu}.*");
    /** "R-Texas", "D-N.Y": a legislator's party and state, not a name. */
    private static final Pattern PARTY_STATE = Pattern.compile("[RDI]-\\p{Lu}.*");
    /** Job words that open a sentence before a name: "Seismologist", "Resident", "Moderator". */
    private static final Pattern ROLE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ist|yst|er|or|ian|ant|ent|ee|ess|ic)");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final MentionCues cues;

    NameFinder(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.cues = new MentionCues(lexicon, gazetteer);
    }

    /** One run being read: its sentence, tokens and the stop words of its language. */
    private record Run(String paragraph, Sentence sentence, List<Token> tokens, Set<String> stopwords, boolean nounCapitals) {
    }

    List<Mention> find(ArticleText text, String language) {
        Set<String> stopwords = lexicon.stopwordsFor(language);
        boolean nounCapitals = language.equals("de") || language.equals("lb");
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            if (titleCase(sentence)) continue;
            Run run = new Run(text.paragraphs().get(sentence.paragraph()), sentence, sentence.tokens(), stopwords, nounCapitals);
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                if (!nameLike(tokens.get(i))) {
                    i++;
                    continue;
                }
                int end = runEnd(tokens, i);
                read(run, i, end, mentions);
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

    /** A particle inside a name ("Bank of England"), the stop of "Mr." or "F.", the apostrophe of "Teachers' Union". */
    private static boolean joins(Token previous, Token t) {
        String p = previous.text();
        return switch (t.text()) {
            case "." -> ABBREVIATIONS.contains(p.toLowerCase(Locale.ROOT)) || (p.length() == 1 && Character.isUpperCase(p.charAt(0)));
            case "'", "’" -> p.endsWith("s") && previous.end() == t.start();
            default -> CONNECTORS.contains(t.text()) && previous.end() < t.start();
        };
    }

    /** Reads the run {@code [from, to]}: strips what is not the name, splits "Smith of Acme", adds the mentions. */
    private void read(Run r, int from, int to, List<Mention> out) {
        String whole = span(r, from, to);
        if (gazetteer.find(whole) != null) {
            out.add(build(r, from, to, null, false));
            return;
        }
        List<Integer> words = words(r, from, to);
        if (words.size() >= 2 && words.stream().allMatch(k -> r.tokens().get(k).acronym() || CONNECTORS.contains(r.tokens().get(k).text()))
                && whole.length() > 8) {
            return; // "LEARN MORE", "BREAKING NEWS": a heading in capitals
        }
        int s = 0;
        while (s < words.size() - 1 && opener(r, word(r, words, s), s == 0)) {
            s++;
            if (gazetteer.find(span(r, words.get(s), to)) != null) {
                out.add(build(r, words.get(s), to, null, false));
                return;
            }
        }
        if (lexicon.titles().containsKey(Names.fold(span(r, words.get(s), to)).replace(".", ""))) return;
        if (s < words.size() - 2 && word(r, words, s + 1).is("of") && roleWord(word(r, words, s))) s += 2;
        while (s < words.size() - 1 && CONNECTORS.contains(word(r, words, s).text())) s++;
        if (words.size() - s >= 2 && roleWord(word(r, words, words.size() - 1))) {
            prefix(r, words.get(s), words.get(words.size() - 2), out);
            return;
        }
        readPerson(r, words, s, to, out);
    }

    /** Past the openers: drops a demonym or job word before a person, splits affiliations, strips a title. */
    private void readPerson(Run r, List<Integer> words, int start, int to, List<Mention> out) {
        int s = start;
        while (s < words.size() - 1 && (gazetteer.demonym(word(r, words, s).text()) != null
                || PARTIES.contains(Names.fold(word(r, words, s).text()))) && personFollows(r, words, s + 1)) {
            s++; // "Russian President …", "Republican Phil Bryant"
        }
        if (s < words.size() - 1 && word(r, words, s).initial() && !lexicon.isFirstName(word(r, words, s).text())) {
            boolean beforeGivenName = lexicon.isFirstName(word(r, words, s + 1).text());
            boolean role = words.size() - s >= 3 && ROLE.matcher(word(r, words, s).text()).matches();
            if (beforeGivenName || role) s++;
        }
        if (affiliation(r, words, s, to, out)) return;
        for (int k = s; k < words.size() - 1; k++) {
            for (int len = Math.min(Lexicon.LONGEST_TITLE, words.size() - k - 1); len >= 1; len--) {
                String candidate = Names.fold(span(r, words.get(k), words.get(k + len - 1)).replace(".", ""));
                if (lexicon.titles().containsKey(candidate) && personAfter(r, words.get(k + len), to)) {
                    if (k > s) prefix(r, words.get(s), words.get(k - 1), out);
                    titled(r, words, k + len, to, candidate, out);
                    return;
                }
            }
        }
        titled(r, words, s, to, null, out);
    }

    /** Adds the name from word {@code s} on, with the title written before it, if any. */
    private void titled(Run r, List<Integer> words, int s, int to, @Nullable String title, List<Mention> out) {
        if (title != null && CONNECTORS.contains(word(r, words, s).text())) {
            read(r, words.get(s + 1), to, out); // "Vice President of Sales": a role in a body, not a person
            return;
        }
        int first = words.get(s);
        if (first == to && !single(r, r.tokens().get(first))) return;
        Token only = r.tokens().get(first);
        boolean weak = first == to && title == null && only.initial() && !only.acronym();
        if (r.nounCapitals() && title == null && !lexicon.isFirstName(only.text()) && !only.acronym()) return;
        out.add(build(r, first, to, title, weak));
        nested(r, first, to, out);
    }

    /** "Dana Whitfield of Ridgeway University": a person and the body they belong to, two names. */
    private boolean affiliation(Run r, List<Integer> words, int s, int to, List<Mention> out) {
        for (int k = s + 2; k < words.size() - 1; k++) {
            Token t = word(r, words, k);
            if (!AFFILIATIONS.contains(t.text()) || !personBefore(r, words, s, k, to)) continue;
            out.add(build(r, words.get(s), words.get(k - 1), null, false));
            read(r, words.get(k + 1), to, out);
            return true;
        }
        return false;
    }

    /** The words before the particle are a person's name: a given name first, or a body's name after it. */
    private boolean personBefore(Run r, List<Integer> words, int s, int k, int to) {
        for (int j = s; j < k; j++) {
            String w = Names.fold(word(r, words, j).text());
            if (lexicon.organisationWords().contains(w) || lexicon.placeWords().contains(w)) return false;
        }
        if (lexicon.isFirstName(word(r, words, s).text())) return true;
        for (int j = k + 1; j < words.size(); j++) {
            if (lexicon.organisationWords().contains(Names.fold(word(r, words, j).text()))) return true;
        }
        return gazetteer.find(span(r, words.get(k + 1), to)) != null;
    }

    /** The words before a title ("Arizona Governor …"), kept when the gazetteer knows them. */
    private void prefix(Run r, int from, int to, List<Mention> out) {
        if (gazetteer.find(span(r, from, to)) != null) out.add(build(r, from, to, null, false));
    }

    /** "Bank of England", "Gobierno de Cataluña": the place after the particle is named too. */
    private void nested(Run r, int from, int to, List<Mention> out) {
        for (int k = to - 1; k > from; k--) {
            if (!CONNECTORS.contains(r.tokens().get(k).text())) continue;
            Gazetteer.Entry e = gazetteer.find(span(r, k + 1, to));
            if (e != null && e.type() == org.newsdesk.domain.EntityType.PLACE) out.add(build(r, k + 1, to, null, false));
            return;
        }
    }

    /** Whether a lone word can be a name. */
    private boolean single(Run r, Token only) {
        String key = Names.fold(only.text());
        if (lexicon.notNames().contains(key) || r.stopwords().contains(key) || only.text().length() < 2) return false;
        if (gazetteer.demonym(only.text()) != null) return false;
        return !(only.initial() && lexicon.commonStarters().contains(key));
    }

    /** A title or job word ("Director", "CEO"): a run ending in one names a role, not a person. */
    private boolean roleWord(Token t) {
        String key = Names.fold(t.text()).replace(".", "");
        return lexicon.titles().containsKey(key) || key.equals("ceo") || key.equals("cfo") || key.equals("coo");
    }

    /** A sentence opener that is capitalised only for its place: "The", "But", "Officials". */
    private boolean opener(Run r, Token t, boolean firstOfRun) {
        String key = Names.fold(t.text());
        if (r.stopwords().contains(key) || MODIFIERS.contains(key)) return true;
        return firstOfRun && t.initial() && lexicon.commonStarters().contains(key);
    }

    /** A demonym is a name's first word ("Irish Aviation Authority") unless a person follows ("German Chancellor …"). */
    private boolean personFollows(Run r, List<Integer> words, int k) {
        String next = Names.fold(word(r, words, k).text());
        if (lexicon.isFirstName(next)) return true;
        for (int len = 1; len <= Lexicon.LONGEST_TITLE && k + len <= words.size(); len++) {
            if (lexicon.titles().containsKey(Names.fold(span(r, words.get(k), words.get(k + len - 1))))) return true;
        }
        return false;
    }

    /** A title is one only when a person's name follows it, not an organisation ("General Motors"). */
    private boolean personAfter(Run r, int from, int to) {
        if (gazetteer.find(span(r, from, to)) != null) return false;
        for (int k = from; k <= to; k++) {
            String w = Names.fold(r.tokens().get(k).text());
            if (lexicon.organisationWords().contains(w) || lexicon.placeWords().contains(w)) return false;
        }
        return true;
    }

    private Mention build(Run r, int from, int to, @Nullable String title, boolean weak) {
        int words = words(r, from, to).size();
        Mention.Cues c = cues.of(r.tokens(), from, to, title, words);
        return new Mention(r.sentence().paragraph(), r.sentence().index(), r.tokens().get(from).start(),
                r.tokens().get(to).end(), span(r, from, to), title, weak, r.tokens().get(to).possessive(), words, c);
    }

    private static List<Integer> words(Run r, int from, int to) {
        List<Integer> words = new ArrayList<>();
        for (int k = from; k <= to; k++) if (r.tokens().get(k).isWord()) words.add(k);
        return words;
    }

    private static Token word(Run r, List<Integer> words, int k) {
        return r.tokens().get(words.get(k));
    }

    private static String span(Run r, int from, int to) {
        return r.paragraph().substring(r.tokens().get(from).start(), r.tokens().get(to).end());
    }

    static boolean nameLike(Token t) {
        if (!t.isWord() || !t.capitalised() || PARTY_STATE.matcher(t.text()).matches()) return false;
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
        char last = s.text().charAt(s.text().length() - 1);
        boolean stops = last == '.' || last == '!' || last == '?' || last == '"' || last == '”';
        return stops ? words >= 8 && capitalised * 10 >= words * 9 : words >= 4 && capitalised * 10 >= words * 8;
    }
}
