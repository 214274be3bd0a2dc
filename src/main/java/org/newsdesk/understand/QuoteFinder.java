package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Entity;
import org.newsdesk.domain.Quote;

/**
 * Finds who said what in an English article: words in quotation marks with the attribution after them ("…," said
 * Smith), before them (Smith told reporters: "…") or between two halves of one quotation; quotations that run over
 * several paragraphs; "he said" resolved to the person last made subject; then reported speech ("Smith said that
 * …", "according to Smith"). Quotations nobody named is said to have said are left out. Thread-safe.
 */
final class QuoteFinder {

    private static final Set<String> CLAUSE_WORDS = Set.of("that", "would", "will", "was", "were", "is", "are", "had",
            "has", "have", "could", "should", "can", "must", "might", "may");
    private static final int OBJECT_WORDS = 8;
    /** "de Vries said": the particle of a name written in lower case. */
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "da", "di", "al", "el", "la", "le");

    private final Lexicon lexicon;
    private final ClauseVerbs verbs;
    private final QuoteMarks marks = new QuoteMarks();

    QuoteFinder(Lexicon lexicon, ClauseVerbs verbs) {
        this.lexicon = lexicon;
        this.verbs = verbs;
    }

    List<Quote> find(ArticleText text, EntityIndex entities) {
        if (!text.english()) return List.of();
        List<ParagraphView> views = new ArrayList<>();
        for (int i = 0; i < text.paragraphs().size(); i++) views.add(ParagraphView.of(text, i, marks));
        SpeakerResolver speakers = new SpeakerResolver(entities, views);
        ReportedSpeech reported = new ReportedSpeech(lexicon, speakers, entities, verbs);
        List<Quote> quotes = new ArrayList<>();
        QuoteGroup open = null;
        for (ParagraphView p : views) {
            Set<Integer> usedVerbs = new HashSet<>();
            open = direct(p, speakers, open, quotes, usedVerbs);
            quotes.addAll(reported.find(p, usedVerbs));
        }
        if (open != null) open.emit(quotes);
        return quotes;
    }

    /** Attributes the quoted spans of one paragraph; returns the quotation still open at its end. */
    private @Nullable QuoteGroup direct(ParagraphView p, SpeakerResolver speakers, @Nullable QuoteGroup carried,
                                        List<Quote> out, Set<Integer> usedVerbs) {
        QuoteGroup group = carried;
        List<Attribution> seen = new ArrayList<>();
        for (QuoteMarks.Span span : p.spans()) {
            Attribution a = after(p, span, speakers);
            if (a == null) a = before(p, span, speakers, seen);
            boolean opensSentence = p.opensSentence(Math.max(0, p.tokenAt(span.open())));
            if (a == null) {
                boolean continues = group != null && opensSentence
                        && (group.paragraph() == p.index() || span.open() == 0);
                if (continues) {
                    group.add(p.text().substring(span.start(), span.end()), p.index());
                } else if (group != null) {
                    group.emit(out);
                    group = null;
                }
            } else {
                seen.add(a);
                usedVerbs.add(a.verbToken());
                speakers.spoke(a.speaker(), p.index());
                if (group != null && !group.attribution().sameAs(a)
                        && !(span.open() == 0 && group.paragraph() < p.index() && group.attribution().speaker().equals(a.speaker()))) {
                    group.emit(out);
                    group = null;
                }
                if (group == null) group = new QuoteGroup(a);
                group.add(p.text().substring(span.start(), span.end()), p.index());
                adding(p, a, out, usedVerbs);
            }
        }
        boolean runsOn = !p.spans().isEmpty() && !p.spans().getLast().closed();
        if (group != null && !runsOn) {
            group.emit(out);
            return null;
        }
        return group;
    }

    /** The attribution after a quotation: "…," said Smith / "…," Smith said / "…," she told the BBC. */
    private @Nullable Attribution after(ParagraphView p, QuoteMarks.Span span, SpeakerResolver speakers) {
        List<Token> tokens = p.tokens();
        int limit = nextOpen(p, span);
        int k = p.tokenAt(span.close());
        while (k < tokens.size() && isDash(tokens.get(k))) k++;
        if (k >= tokens.size() || tokens.get(k).start() >= limit) return null;
        char last = span.end() > span.start() ? p.text().charAt(span.end() - 1) : ' ';
        Token first = tokens.get(k);
        if (!first.isWord() || (last == '.' && first.capitalised())) return null;
        if (lexicon.isSpeechVerb(first.text())) return verbFirst(p, k, limit, speakers);
        int j = first.is("the") || PARTICLES.contains(first.text()) ? k + 1 : k;
        if (j >= tokens.size()) return null;
        int end;
        if (SpeakerResolver.isPronoun(tokens.get(j))) {
            end = j;
        } else {
            EntityIndex.Located l = speakersMention(speakers, p, j);
            if (l == null) return appositionFirst(p, k, limit, speakers);
            end = p.tokenBefore(l.mention().end());
        }
        int v = skipAppositive(tokens, end + 1);
        while (v < tokens.size() && SpeakerResolver.isAdverb(tokens.get(v))) v++;
        if (v >= tokens.size() || tokens.get(v).start() >= limit || !lexicon.isSpeechVerb(tokens.get(v).text())) {
            return appositionFirst(p, k, limit, speakers);
        }
        Entity speaker = speakers.at(p, j, tokens.get(v).text());
        return speaker == null ? null : new Attribution(speaker, tokens.get(v).text(), p.index(), v);
    }

    /**
     * "…," the company's head of product, Imogen Park, told me: a role first, then the person in apposition just
     * before the verb.
     */
    private @Nullable Attribution appositionFirst(ParagraphView p, int k, int limit, SpeakerResolver speakers) {
        List<Token> tokens = p.tokens();
        int v = -1;
        for (int j = k + 1; j < Math.min(tokens.size(), k + 12) && tokens.get(j).start() < limit; j++) {
            if (p.endsSentence(j - 1)) return null;
            if (lexicon.isSpeechVerb(tokens.get(j).text())) {
                v = j;
                break;
            }
        }
        if (v < 3 || !tokens.get(v - 1).text().equals(",")) return null;
        int comma = v - 2;
        while (comma > k && !tokens.get(comma).text().equals(",")) comma--;
        if (comma <= k) return null;
        Entity person = speakers.at(p, comma + 1, tokens.get(v).text());
        if (person == null || person.type() != org.newsdesk.domain.EntityType.PERSON) return null;
        EntityIndex.Located l = speakers.located(p, comma + 1);
        if (l == null || p.tokenBefore(l.mention().end()) != v - 2) return null;
        return new Attribution(person, tokens.get(v).text(), p.index(), v);
    }

    /** "said Smith, the finance director": the first person named after the verb, else an organisation just after it. */
    private @Nullable Attribution verbFirst(ParagraphView p, int v, int limit, SpeakerResolver speakers) {
        List<Token> tokens = p.tokens();
        String verb = tokens.get(v).text();
        Entity organisation = null;
        for (int j = v + 1; j < Math.min(tokens.size(), v + 16) && tokens.get(j).start() < limit; j++) {
            if (p.endsSentence(j - 1) && j > v + 1) break;
            Token t = tokens.get(j);
            if (j == v + 1 && SpeakerResolver.isPronoun(t)) {
                Entity e = speakers.at(p, j, verb);
                return e == null ? null : new Attribution(e, verb, p.index(), v);
            }
            Entity e = speakers.at(p, j, verb);
            if (e == null) continue;
            if (e.type() == org.newsdesk.domain.EntityType.PERSON) return new Attribution(e, verb, p.index(), v);
            boolean adjacent = j == v + 1 || (j == v + 2 && tokens.get(v + 1).is("the"));
            if (organisation == null && (adjacent || spokesperson(tokens, j))) organisation = e;
        }
        return organisation == null ? null : new Attribution(organisation, verb, p.index(), v);
    }

    /** The attribution before a quotation: Smith said: "…" / Smith told reporters, "…" / The right, she wrote, "…". */
    private @Nullable Attribution before(ParagraphView p, QuoteMarks.Span span, SpeakerResolver speakers,
                                         List<Attribution> seen) {
        List<Token> tokens = p.tokens();
        int k = p.tokenBefore(span.open());
        if (k < 0) return null;
        if (tokens.get(k).text().equals(",") && !seen.isEmpty()) {
            Attribution split = seen.getLast();
            boolean between = split.verbToken() < k && p.sentenceOf()[split.verbToken()] == p.sentenceOf()[k]
                    && !p.quoted(tokens.get(split.verbToken()).start());
            if (between && previousSpanCloses(p, span, split.verbToken())) return split;
        }
        if (tokens.get(k).text().equals(":") || tokens.get(k).text().equals(",")) {
            k--;
        } else if (!lexicon.isSpeechVerb(tokens.get(k).text())) {
            return null; // said the "three amigos": words in quotation marks inside a sentence, not a quotation
        }
        int v = -1;
        for (int j = k; j >= Math.max(0, k - OBJECT_WORDS); j--) {
            Token t = tokens.get(j);
            if (p.quoted(t.start()) || (j < k && p.endsSentence(j)) || t.text().equals(".")) break;
            if (lexicon.isSpeechVerb(t.text())) {
                v = j;
                break;
            }
            if (CLAUSE_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) break;
        }
        if (v < 0) return null;
        for (Attribution a : seen) if (a.verbToken() == v) return a;
        Entity speaker = speakers.subjectOf(p, v);
        return speaker == null ? null : new Attribution(speaker, tokens.get(v).text(), p.index(), v);
    }

    /** Whether the span before this one closes just before the verb: "…," said Smith, who …, "…". */
    private static boolean previousSpanCloses(ParagraphView p, QuoteMarks.Span span, int verb) {
        QuoteMarks.Span previous = null;
        for (QuoteMarks.Span s : p.spans()) if (s.close() <= span.open()) previous = s;
        return previous != null && p.tokenAt(previous.close()) <= verb;
    }

    /** "…," Solberg said, adding that the company would pay: the added words are reported speech. */
    private void adding(ParagraphView p, Attribution a, List<Quote> out, Set<Integer> usedVerbs) {
        List<Token> tokens = p.tokens();
        for (int j = a.verbToken() + 1; j < tokens.size() - 2 && !p.endsSentence(j - 1); j++) {
            if (tokens.get(j).is("adding") && tokens.get(j + 1).is("that")) {
                int end = j + 2;
                while (end + 1 < tokens.size() && !p.endsSentence(end)) end++;
                String clause = ReportedSpeech.clause(p, j + 2, end);
                if (ReportedSpeech.words(clause) >= 3) out.add(new Quote(a.speaker().name(), clause, "adding", true));
                usedVerbs.add(j);
                return;
            }
        }
    }

    private static EntityIndex.@Nullable Located speakersMention(SpeakerResolver speakers, ParagraphView p, int j) {
        return speakers.at(p, j, "said") == null ? null : speakers.located(p, j);
    }

    private static int skipAppositive(List<Token> tokens, int from) {
        if (from >= tokens.size() || !tokens.get(from).text().equals(",")) return from;
        for (int j = from + 1; j < Math.min(tokens.size(), from + 10); j++) {
            if (tokens.get(j).text().equals(",")) return j + 1;
        }
        return from;
    }

    private static boolean spokesperson(List<Token> tokens, int j) {
        for (int i = Math.max(0, j - 3); i < j; i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (w.startsWith("spokes") || w.equals("representative")) return true;
        }
        return false;
    }

    private static int nextOpen(ParagraphView p, QuoteMarks.Span span) {
        for (QuoteMarks.Span s : p.spans()) if (s.open() >= span.close()) return s.open();
        return p.text().length();
    }

    private static boolean isDash(Token t) {
        return t.text().equals(",") || t.text().equals("—") || t.text().equals("–") || t.text().equals("-");
    }
}
