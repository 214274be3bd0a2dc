package org.newsdesk.understand;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Entity;
import org.newsdesk.domain.EntityType;

/**
 * Says who a speaker in the text is: the entity a name stands for, or for "he" and "she" the person the text last
 * made its subject, when gender does not rule them out. Places do not speak. Keeps the last speaker, so one
 * instance serves one article; not thread-safe.
 */
final class SpeakerResolver {

    private static final Set<String> ADVERBS = Set.of("also", "later", "previously", "then", "publicly", "repeatedly",
            "once", "simply", "has", "had", "have", "was", "is", "would", "will", "earlier", "again", "recently",
            "subsequently", "further", "separately", "privately", "quickly", "flatly", "angrily", "firmly", "only");
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "representative",
            "statement", "spokespeople", "official", "officials", "source");
    private static final Set<String> BODY_NOUNS = Set.of("union", "company", "group", "party", "firm", "agency",
            "ministry", "council", "government", "department", "regulator", "federation", "association", "airline",
            "bank", "court", "committee", "commission", "police", "army", "spokesman", "spokeswoman", "spokesperson");
    private static final Set<String> OF_LIKE = Set.of("of", "at", "from", "for", "with");

    private final EntityIndex entities;
    private final List<ParagraphView> paragraphs;
    private @Nullable Entity lastSpeaker;
    private int lastSpeakerParagraph = -10;

    SpeakerResolver(EntityIndex entities, List<ParagraphView> paragraphs) {
        this.entities = entities;
        this.paragraphs = paragraphs;
    }

    void spoke(Entity speaker, int paragraph) {
        lastSpeaker = speaker;
        lastSpeakerParagraph = paragraph;
    }

    static boolean isAdverb(Token t) {
        return ADVERBS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    static boolean isPronoun(Token t) {
        return t.is("he") || t.is("she");
    }

    /** The mention at a token, with its entity, or null. */
    EntityIndex.@Nullable Located located(ParagraphView p, int token) {
        return entities.mentionAt(p.index(), p.tokens().get(token).start());
    }

    /** The speaker written at a token (a name or "he"/"she"), or null. */
    @Nullable Entity at(ParagraphView p, int token, String verb) {
        Token t = p.tokens().get(token);
        if (isPronoun(t)) return pronoun(t.text(), p, token, verb);
        EntityIndex.Located l = entities.mentionAt(p.index(), t.start());
        return l != null && canSpeak(l.entity()) ? l.entity() : null;
    }

    /**
     * The subject of the speech verb at {@code verb}: the name or pronoun just before it, past adverbs, an
     * apposition (", the finance director,") or an affiliation ("Smith of Acme"), or null.
     */
    @Nullable Entity subjectOf(ParagraphView p, int verb) {
        List<Token> tokens = p.tokens();
        int i = verb - 1;
        while (i >= 0 && isAdverb(tokens.get(i))) i--;
        if (i < 0 || p.sentenceOf()[i] != p.sentenceOf()[verb]) return null;
        for (int segments = 0; segments < 3 && i >= 0 && tokens.get(i).text().equals(","); segments++) {
            int open = i - 1;
            while (open >= 0 && !tokens.get(open).text().equals(",") && p.sentenceOf()[open] == p.sentenceOf()[verb]) open--;
            if (open < 0 || p.sentenceOf()[open] != p.sentenceOf()[verb]) return null;
            EntityIndex.Located appositive = i - 1 > open ? entities.mentionAt(p.index(), tokens.get(i - 1).start()) : null;
            boolean titled = appositive != null && appositive.mention().end() == tokens.get(i - 1).end()
                    && onlyTitleBefore(p, open + 1, appositive.mention().start());
            if (titled && canSpeak(appositive.entity())) return appositive.entity();
            i = open - 1;
        }
        if (i < 0) return null;
        if (isPronoun(tokens.get(i))) return pronoun(tokens.get(i).text(), p, i, tokens.get(verb).text());
        if (i > 0 && BODY_NOUNS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
            Entity body = named(p, i - 1, 0); // "The FNV union said"
            if (body != null && body.type() != EntityType.PERSON) return body;
        }
        return named(p, i, 2);
    }

    /** ", Senator Glenn Hardy,": nothing but capitalised title words between the comma and the name. */
    private static boolean onlyTitleBefore(ParagraphView p, int from, int nameStart) {
        for (int j = from; j < p.tokens().size() && p.tokens().get(j).start() < nameStart; j++) {
            Token t = p.tokens().get(j);
            if (t.isWord() && !t.capitalised()) return false;
        }
        return true;
    }

    /** The speaker whose name ends at token {@code i}, following "Smith of Acme" back to Smith. */
    private @Nullable Entity named(ParagraphView p, int i, int hops) {
        List<Token> tokens = p.tokens();
        EntityIndex.Located l = entities.mentionAt(p.index(), tokens.get(i).start());
        if (l == null) return null;
        int first = p.tokenAt(l.mention().start());
        int before = first - 1;
        if (before >= 0 && tokens.get(before).is("the")) before--;
        boolean affiliation = before >= 0 && OF_LIKE.contains(tokens.get(before).text().toLowerCase(Locale.ROOT));
        if (affiliation && before >= 1) {
            String head = tokens.get(before - 1).text().toLowerCase(Locale.ROOT);
            if (SPOKESPEOPLE.contains(head) && l.entity().type() != EntityType.PLACE) return l.entity();
            if (hops > 0) {
                Entity person = named(p, before - 1, hops - 1);
                if (person != null) return person;
            }
        }
        if (affiliation || !canSpeak(l.entity())) return null;
        return l.entity();
    }

    /** The person "he" or "she" stands for: the first one named in the latest sentence naming one who fits. */
    @Nullable Entity pronoun(String pronoun, ParagraphView p, int token, String verb) {
        Gender gender = pronoun.equalsIgnoreCase("he") ? Gender.MALE : Gender.FEMALE;
        boolean continuing = verb.equals("added") || verb.equals("continued") || verb.equals("adds");
        if (continuing && lastSpeaker != null && p.index() - lastSpeakerParagraph <= 2 && fits(lastSpeaker, gender)) {
            return lastSpeaker;
        }
        int sentence = -1;
        Entity found = null;
        for (EntityIndex.Located l : entities.before(p.index(), p.tokens().get(token).start(), p.index() - 3)) {
            if (!fits(l.entity(), gender) || quoted(l.mention())) continue;
            if (sentence >= 0 && l.mention().sentence() != sentence) break;
            sentence = l.mention().sentence();
            found = l.entity();
        }
        return found;
    }

    private boolean quoted(Mention m) {
        return paragraphs.get(m.paragraph()).quoted(m.start());
    }

    private boolean fits(Entity e, Gender pronounGender) {
        return e.type() == EntityType.PERSON && entities.gender(e).agreesWith(pronounGender);
    }

    private static boolean canSpeak(Entity e) {
        return e.type() != EntityType.PLACE;
    }
}
