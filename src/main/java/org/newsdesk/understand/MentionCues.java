package org.newsdesk.understand;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the words in and around a name say about its type: a title or given name says person, "Ministry"
 * or "Corp" organisation, "in" or "River" place, "Smith, 45," person. Each cue is a vote; an entity sums the votes
 * of all its mentions. Thread-safe.
 */
final class MentionCues {

    private static final Set<String> PLACE_HEADS = Set.of("city", "town", "village", "capital", "province", "state",
            "region", "mayor", "governor", "residents", "outskirts", "north", "south", "east", "west", "centre",
            "center", "streets", "people", "county", "district", "suburbs", "port", "island", "coast");
    private static final Set<String> APPOSITION_ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "minister",
            "president", "director", "chief", "head", "leader", "official", "professor", "researcher", "analyst",
            "economist", "lawyer", "resident", "mother", "father", "son", "daughter", "wife", "husband", "founder",
            "owner", "manager", "coach", "player", "member", "chairman", "chairwoman", "executive", "secretary",
            "senator", "governor", "mayor", "who", "aged", "teacher", "student", "doctor", "nurse", "scientist",
            "farmer", "worker", "officer", "commander", "captain", "judge", "author", "writer", "editor", "activist");

    private static final Set<String> CAPITAL_WORDS = Set.of("capital", "city", "town", "village", "hometown", "port",
            "province", "region", "island");

    /** "The operator, Blue Channel Ferries, said": nouns for a body, set before its name. */
    private static final Set<String> BODY_WORDS = Set.of("operator", "company", "firm", "developer", "maker", "carrier",
            "airline", "retailer", "chain", "group", "bank", "insurer", "brewery", "union", "agency", "publisher", "owner",
            "broadcaster", "manufacturer", "supplier", "provider", "regulator", "charity", "startup", "start-up", "lender");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    MentionCues(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    Mention.Cues of(List<Token> tokens, int from, int to, @Nullable String title, int words) {
        float person = 0;
        float place = 0;
        float org = 0;
        Gender gender = Gender.UNKNOWN;
        if (title != null) {
            person += 3;
            gender = lexicon.titles().get(title).gender();
        }
        Token first = tokens.get(from);
        if (words >= 2 && words <= 4 && lexicon.isFirstName(first.text()) && !first.acronym()) {
            person += 2.5f;
            if (gender == Gender.UNKNOWN) gender = lexicon.genderOfFirstName(first.text());
        }
        for (int k = from; k <= to; k++) {
            String w = Names.fold(tokens.get(k).text());
            boolean last = k == to;
            if (lexicon.organisationWords().contains(w)) org += last ? 3 : 1.5f;
            if (lexicon.placeWords().contains(w)) place += last ? 2.5f : 1;
        }
        if (words == 1 && first.acronym()) org += 1.5f;
        String last = tokens.get(to).text();
        if (words >= 2 && last.length() > 4 && last.endsWith("ies")) org += 2;
        Mention.Cues inside = new Mention.Cues(person, place, org, gender);
        return after(tokens, to, before(tokens, from, inside));
    }

    /** What the words before a name say: "in", "the", "mayor of", "minister", ", the capital,". */
    private Mention.Cues before(List<Token> tokens, int from, Mention.Cues sofar) {
        float person = 0;
        float place = 0;
        float org = 0;
        Gender gender = Gender.UNKNOWN;
        String prev = word(tokens, from - 1);
        String prev2 = word(tokens, from - 2);
        if (lexicon.placePrepositions().contains(prev)) place += 1.2f;
        if (prev.equals("at")) {
            place += 0.5f;
            org += 0.5f;
        }
        if (prev.equals("the")) {
            org += 1;
            place += 0.3f;
            person -= 1.5f;
        }
        Lexicon.Title title = lexicon.titles().get(prev);
        if (title == null && !prev2.isEmpty()) title = lexicon.titles().get(prev2 + " " + prev);
        if (title != null && !tokens.get(from - 1).capitalised()) {
            person += 2;
            gender = title.gender();
        }
        if (prev.equals("of") && PLACE_HEADS.contains(prev2)) place += 2.5f;
        if (prev.equals(",") && CAPITAL_WORDS.contains(prev2)) place += 2.5f;
        if (prev.equals(",") && BODY_WORDS.contains(prev2)) org += 2;
        // "the company's head of product, Imogen Park,": a role among the four words before the comma
        int roleFrom = Math.max(0, from - 5);
        if (prev.equals(",") && roleWithin(tokens, roleFrom, from - 1 - roleFrom)) person += 2;
        if (prev.equals("and") && from >= 2 && knownPlace(tokens.get(from - 2))) place += 2;
        return sofar.plus(new Mention.Cues(person, place, org, gender));
    }

    private Mention.Cues after(List<Token> tokens, int to, Mention.Cues sofar) {
        float person = 0;
        float place = 0;
        float org = 0;
        String next = word(tokens, to + 1);
        if (lexicon.isSpeechVerb(next)) {
            person += 1;
            org += 0.6f;
        }
        if (next.equals(",")) {
            String n2 = word(tokens, to + 2);
            String n3 = word(tokens, to + 3);
            if (!n2.isEmpty() && Character.isDigit(n2.charAt(0)) && n3.equals(",")) person += 3;
            if (n2.equals("who")) person += 0.8f;
            if ((n2.equals("the") || n2.equals("a") || n2.equals("an")) && roleWithin(tokens, to + 3, 4)) person += 1.5f;
            if (APPOSITION_ROLES.contains(n2) && !n2.equals("who")) person += 1.5f; // "Imogen Park, head of product, said"
            if (lexicon.isSpeechVerb(n2)) person += 1; // "…, Imogen Park, told me"
            if (speaksAfterApposition(tokens, to + 2)) person += 1.5f; // "Imogen Park, head of product, told me"
            if (to + 2 < tokens.size() && tokens.get(to + 2).capitalised()) {
                Gazetteer.Entry e = gazetteer.find(tokens.get(to + 2).text());
                if (e != null && e.kind() != Gazetteer.Kind.ORGANIZATION) place += 3;
            }
        }
        boolean lowerNext = to + 1 < tokens.size() && Character.isLowerCase(tokens.get(to + 1).text().charAt(0));
        if (lowerNext && lexicon.placeWords().contains(next)) place += 2;
        if (lowerNext && lexicon.organisationWords().contains(next)) org += 2;
        if (next.equals("and") && to + 2 < tokens.size() && knownPlace(tokens.get(to + 2))) place += 2;
        return sofar.plus(new Mention.Cues(person, place, org, Gender.UNKNOWN));
    }

    /** A word the gazetteer knows as a place ("Reading and London"). */
    private boolean knownPlace(Token t) {
        if (!t.capitalised()) return false;
        Gazetteer.Entry e = gazetteer.find(t.text());
        return e != null && e.kind() != Gazetteer.Kind.ORGANIZATION;
    }

    /** Whether an apposition starting here closes with a comma and a speech verb within a few words. */
    private boolean speaksAfterApposition(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size() - 1, from + 8); k++) {
            String w = tokens.get(k).text();
            if (w.equals(".") || w.equals(";")) return false;
            if (w.equals(",")) return lexicon.isSpeechVerb(word(tokens, k + 1));
        }
        return false;
    }

    private static boolean roleWithin(List<Token> tokens, int from, int count) {
        for (int k = from; k < Math.min(tokens.size(), from + count); k++) {
            if (APPOSITION_ROLES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The token at an index as a lower-case word, "" outside the sentence. */
    private static String word(List<Token> tokens, int index) {
        if (index < 0 || index >= tokens.size()) return "";
        return tokens.get(index).text().toLowerCase(Locale.ROOT);
    }
}
