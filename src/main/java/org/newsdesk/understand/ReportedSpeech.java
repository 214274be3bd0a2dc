package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Entity;
import org.newsdesk.domain.EntityType;
import org.newsdesk.domain.Quote;

/**
 * Finds speech reported without quotation marks: "Smith said (that) the plan would fail", "The plan would fail,
 * Smith said", "According to Smith, the plan would fail". A clause with no "that" must read as a clause (an
 * auxiliary or a past tense), so "said on Monday" or "told reporters" alone report nothing. Not thread-safe: one
 * per article, with its {@link SpeakerResolver}.
 */
final class ReportedSpeech {

    private static final Set<String> DIRECT_CLAUSE_VERBS = Set.of("said", "says", "say", "admitted", "admits",
            "added", "adds", "conceded", "acknowledged", "confirmed", "announced", "believes", "insisted", "warned",
            "argued", "claimed", "wrote", "writes", "noted", "explained", "stressed", "predicted");
    private static final Set<String> NOT_REPORTING = Set.of("asked", "asks", "laughed", "shouted", "whispered", "cried",
            "yelled", "posted", "tweeted", "continued", "continues", "answered", "wondered", "pleaded", "demanded",
            "urged", "urges");
    private static final Set<String> STARTERS = Set.of("the", "a", "an", "this", "these", "those", "its", "his", "her",
            "their", "our", "some", "many", "most", "all", "no", "more", "several", "there", "it", "he", "she",
            "they", "we", "i", "you", "one", "two", "every", "each", "both", "any", "nobody", "none", "only");
    private static final Set<String> FINITE = Set.of("is", "was", "were", "are", "had", "has", "have", "would", "will",
            "could", "should", "can", "must", "might", "may", "did", "does", "do", "broke", "struck", "paid", "made",
            "took", "gave", "found", "kept", "left", "lost", "won", "thought", "knew", "came", "went", "saw", "began",
            "brought", "bought", "built", "caught", "chose", "fell", "felt", "fought", "got", "grew", "heard", "held",
            "hit", "led", "meant", "met", "ran", "rose", "sent", "set", "sold", "spent", "stood", "draws", "needs",
            "wants", "remains", "plans", "expects", "means");

    private static final Set<String> TELLING = Set.of("told", "tells", "tell");
    private static final Set<String> HEARERS = Set.of("me", "us", "him", "her", "them", "you", "reporters",
            "journalists", "listeners", "viewers", "readers", "parliament", "lawmakers", "legislators", "councillors",
            "councilors", "investors", "analysts", "colleagues", "staff", "employees", "workers", "supporters", "voters",
            "residents", "officials", "delegates", "students", "members");

    private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "at", "during", "late", "early", "last",
            "this", "yesterday", "today", "earlier", "later", "after", "before", "while", "when", "as", "privately",
            "publicly", "recently", "repeatedly", "also");
    private static final Set<String> NOT_CLAUSE_STARTS = Set.of("on", "in", "at", "for", "with", "to", "from", "by",
            "during", "after", "before", "about", "of", "as", "while", "when", "if", "because", "since", "through",
            "yesterday", "today", "tonight", "later", "earlier", "again", "nothing", "so", "goodbye", "hello", "sorry",
            "thanks", "yes", "no", "not", "never", "and", "but", "or", "though", "although", "afterwards", "instead");

    private static final Set<String> PREPOSITIONS = Set.of("from", "of", "in", "at", "with", "by", "for", "on", "about");
    /** "said about 3,000 workers …": words before a number that open a clause. */
    private static final Set<String> APPROXIMATELY = Set.of("about", "around", "nearly", "almost", "roughly",
            "approximately", "some", "over", "under", "more", "fewer", "less", "only", "just");

    private final Lexicon lexicon;
    private final SpeakerResolver speakers;
    private final EntityIndex entities;
    private final ClauseVerbs verbs;

    ReportedSpeech(Lexicon lexicon, SpeakerResolver speakers, EntityIndex entities, ClauseVerbs verbs) {
        this.lexicon = lexicon;
        this.speakers = speakers;
        this.entities = entities;
        this.verbs = verbs;
    }

    /** The reported speech of one paragraph, skipping the verbs already used by quotations. */
    List<Quote> find(ParagraphView p, Set<Integer> usedVerbs) {
        List<Quote> out = new ArrayList<>();
        List<Token> tokens = p.tokens();
        int start = 0;
        while (start < tokens.size()) {
            int end = start;
            while (!p.endsSentence(end)) end++;
            sentence(p, start, end, usedVerbs, out);
            start = end + 1;
        }
        return out;
    }

    private void sentence(ParagraphView p, int a, int b, Set<Integer> usedVerbs, List<Quote> out) {
        List<Token> tokens = p.tokens();
        if (b - a >= 3 && tokens.get(a).is("according") && tokens.get(a + 1).is("to")) {
            int comma = find(tokens, ",", a + 2, Math.min(b, a + 14));
            Entity speaker = comma < 0 ? null : accordingTo(p, a + 2, comma - 1);
            if (speaker != null) add(out, speaker, "according to", clause(p, comma + 1, b), p.index());
            return;
        }
        for (int v = a; v <= b; v++) {
            Token t = tokens.get(v);
            if (p.quoted(t.start()) || usedVerbs.contains(v)) continue;
            if (t.is("according") && v + 1 <= b && tokens.get(v + 1).is("to") && v > a && tokens.get(v - 1).text().equals(",")) {
                Entity speaker = accordingTo(p, v + 2, b);
                if (speaker != null) add(out, speaker, "according to", clause(p, a, v - 2), p.index());
                continue;
            }
            String verb = t.text().toLowerCase(Locale.ROOT);
            if (!lexicon.isSpeechVerb(verb) || NOT_REPORTING.contains(verb)) continue;
            int clauseStart = clauseAfter(p, v, b);
            Entity speaker = speakers.subjectOf(p, v);
            if (speaker == null && clauseStart >= 0 && coordinated(p, v)) speaker = sentenceSubject(p, a, v);
            if (speaker == null) continue;
            if (clauseStart >= 0) {
                add(out, speaker, t.text(), clause(p, clauseStart, b), p.index());
                usedVerbs.add(v);
                return; // the rest of the sentence is what was said, not more attributions
            } else {
                int comma = commaBeforeSubject(p, a, v);
                if (comma > a) {
                    add(out, speaker, t.text(), clause(p, a, comma - 1), p.index());
                    usedVerbs.add(v);
                }
            }
        }
    }

    /** Where the words after the one told start: "told [the] reporters | the plan …", or -1. */
    private static int afterHearer(List<Token> tokens, int from, int b) {
        int j = from;
        if (j <= b && tokens.get(j).is("the")) j++;
        if (j > b || !HEARERS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) return -1;
        return j + 1 <= b ? j + 1 : -1;
    }

    /**
     * Where the reported clause after a verb starts, or -1: after a near "that", or at once (past a short time
     * phrase: "said on Thursday it would") when what follows reads as a clause.
     */
    private int clauseAfter(ParagraphView p, int v, int b) {
        List<Token> tokens = p.tokens();
        String verb = tokens.get(v).text().toLowerCase(Locale.ROOT);
        for (int j = v + 1; j <= Math.min(b, v + 9); j++) {
            Token t = tokens.get(j);
            if (t.is("that")) return j + 1 <= b ? j + 1 : -1;
            if ((t.text().equals(".") && p.endsSentence(j)) || t.text().equals(";") || p.quoted(t.start())) break;
        }
        if (v + 1 > b) return -1;
        int start = v + 1;
        if (TELLING.contains(verb)) {
            // "told me the aim was …", "told reporters the plan had failed": past the one told, a clause must follow
            start = afterHearer(tokens, v + 1, b);
            if (start < 0 || !STARTERS.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) return -1;
        } else if (!DIRECT_CLAUSE_VERBS.contains(verb)) {
            return -1;
        }
        if (TIME_PREPOSITIONS.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) {
            int j = start + 1;
            while (j <= Math.min(b, start + 3) && !STARTERS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) j++;
            if (j > Math.min(b, start + 3)) return -1;
            start = j;
        }
        Token next = tokens.get(start);
        String w = next.text().toLowerCase(Locale.ROOT);
        boolean amount = APPROXIMATELY.contains(w) && start + 1 <= b && Character.isDigit(tokens.get(start + 1).text().charAt(0));
        if (!next.isWord() || (NOT_CLAUSE_STARTS.contains(w) && !amount)) return -1;
        for (int j = start + 1; j <= b; j++) {
            String x = tokens.get(j).text().toLowerCase(Locale.ROOT);
            if (FINITE.contains(x) || (x.length() > 4 && x.endsWith("ed"))) return start;
            if (x.equals(",") && j == start + 1) return -1;
        }
        return verbs.hasVerb(tokens.subList(start, Math.min(b + 1, start + 12))) ? start : -1;
    }

    /**
     * "The plan would fail, the ministry's spokesman Smith said": the comma before the speaker, or -1 when the verb
     * is followed by a "that" of its own or no comma is near.
     */
    private static int commaBeforeSubject(ParagraphView p, int a, int v) {
        List<Token> tokens = p.tokens();
        int rest = 0;
        for (int j = v + 1; j < tokens.size() && !p.endsSentence(j - 1); j++) {
            if (tokens.get(j).text().equals(",")) break;
            if (!tokens.get(j).isWord()) continue;
            if (tokens.get(j).is("that") || ++rest > 4) return -1;
        }
        if (rest > 0 && !TIME_PREPOSITIONS.contains(tokens.get(v + 1).text().toLowerCase(Locale.ROOT))) return -1;
        for (int j = v - 1; j > a && j >= v - 8; j--) {
            if (tokens.get(j).text().equals(",")) return words(clause(p, a, j - 1)) >= 4 ? j : -1;
        }
        return -1;
    }

    /** The person or organisation a sentence opens with ("Dr. Fischer, a psychiatrist, welcomed the plan but said"). */
    /** "welcomed the plan but said …": the verb shares its subject with an earlier one. */
    private static boolean coordinated(ParagraphView p, int v) {
        int i = v - 1;
        while (i >= 0 && SpeakerResolver.isAdverb(p.tokens().get(i))) i--;
        return i >= 0 && (p.tokens().get(i).is("and") || p.tokens().get(i).is("but"));
    }

    private @Nullable Entity sentenceSubject(ParagraphView p, int a, int v) {
        for (int j = a; j < Math.min(v, a + 6); j++) {
            String w = p.tokens().get(j).text();
            if (lexicon.isSpeechVerb(w) || PREPOSITIONS.contains(w)) return null;
            EntityIndex.Located l = entities.mentionAt(p.index(), p.tokens().get(j).start());
            if (l != null) return l.entity().type() == EntityType.PLACE ? null : l.entity();
        }
        return null;
    }

    /**
     * Who "according to" names: the last person in the phrase after it, else the last organisation, unless the
     * phrase is about something else ("according to a study published in Nature").
     */
    private @Nullable Entity accordingTo(ParagraphView p, int from, int to) {
        for (int j = from; j <= to; j++) {
            String w = p.tokens().get(j).text().toLowerCase(Locale.ROOT);
            if (NOT_CLAUSE_STARTS.contains(w) && !w.equals("of")) return null;
            if (w.equals("published") || w.equals("study") || w.equals("report") || w.equals("data")
                    || w.equals("figures") || w.equals("survey") || w.equals("poll")) return null;
        }
        Entity org = null;
        for (int j = to; j >= from; j--) {
            Entity e = entities.at(p.index(), p.tokens().get(j).start());
            if (e == null) continue;
            if (e.type() == EntityType.PERSON) return e;
            if (org == null && e.type() != EntityType.PLACE) org = e;
        }
        return org;
    }

    private void add(List<Quote> out, Entity speaker, String verb, String clause, int paragraph) {
        if (words(clause) < 3) return;
        out.add(new Quote(speaker.name(), clause, verb, true));
        speakers.spoke(speaker, paragraph);
    }

    /** The words of tokens {@code [from, to]}, without quotation marks or the closing stop. */
    static String clause(ParagraphView p, int from, int to) {
        if (from > to || from >= p.tokens().size()) return "";
        String s = p.text().substring(p.tokens().get(from).start(), p.tokens().get(to).end());
        s = s.replaceAll("[\"“”‘’«»„]|(?<![\\p{L}])'|'(?![\\p{L}])", "").strip();
        while (!s.isEmpty() && ",;:—–-".indexOf(s.charAt(0)) >= 0) s = s.substring(1).strip();
        while (!s.isEmpty() && ".,;:!".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) n++;
            in = letter;
        }
        return n;
    }

    private static int find(List<Token> tokens, String text, int from, int to) {
        for (int j = from; j <= to && j < tokens.size(); j++) if (tokens.get(j).text().equals(text)) return j;
        return -1;
    }
}
