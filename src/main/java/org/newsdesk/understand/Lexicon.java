package org.newsdesk.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists names are found with: stop words, titles, given names, speech verbs, the words that mark
 * organisations and places. Read from resources in this package. Immutable, thread-safe.
 *
 * @param titles     "prime minister" → what the title says about its holder
 * @param firstNames "angela" → female
 */
record Lexicon(
        Set<String> stopwords,
        Set<String> commonStarters,
        Set<String> notNames,
        Set<String> speechVerbs,
        Map<String, Title> titles,
        Map<String, Gender> firstNames,
        Set<String> organisationWords,
        Set<String> placeWords,
        Set<String> placePrepositions) {

    /** What a title before a name says. {@code honorific}: Mr, Dr, which need a name after them. */
    record Title(Gender gender, boolean honorific) {
    }

    /** The longest title, in words ("secretary of state"). */
    static final int LONGEST_TITLE = 3;

    static Lexicon builtIn() {
        return new Lexicon(words("stopwords.txt"), words("common-starters.txt"), words("not-names.txt"),
                words("speech-verbs.txt"), readTitles(), readFirstNames(), words("org-words.txt"), words("place-words.txt"),
                words("place-prepositions.txt"));
    }

    /** The stop words of a language: this lexicon's for English, Lucene's lists for the others it has. */
    Set<String> stopwordsFor(String language) {
        return language.equals("en") ? stopwords : ForeignStopwords.of(language, stopwords);
    }

    boolean isSpeechVerb(String word) {
        return speechVerbs.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    Gender genderOfFirstName(String word) {
        return firstNames.getOrDefault(Names.fold(word), Gender.UNKNOWN);
    }

    boolean isFirstName(String word) {
        return firstNames.containsKey(Names.fold(word));
    }

    private static Set<String> words(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : lines(resource)) {
            for (String w : line.split("\\s+")) if (!w.isEmpty()) words.add(Names.fold(w));
        }
        return Set.copyOf(words);
    }

    private static Map<String, Title> readTitles() {
        Map<String, Title> titles = new HashMap<>();
        for (String line : lines("titles.txt")) {
            List<String> words = new ArrayList<>(List.of(line.split("\\s+")));
            boolean honorific = words.remove("h");
            Gender gender = Gender.UNKNOWN;
            String last = words.getLast();
            if (last.equals("m") || last.equals("f")) {
                gender = Gender.of(last);
                words.removeLast();
            }
            titles.put(String.join(" ", words), new Title(gender, honorific));
        }
        return Map.copyOf(titles);
    }

    private static Map<String, Gender> readFirstNames() {
        Map<String, Gender> names = new HashMap<>();
        Gender section = Gender.UNKNOWN;
        for (String line : lines("first-names.txt")) {
            if (line.startsWith("[")) {
                section = Gender.of(line.substring(1, 2));
                continue;
            }
            for (String w : line.split("\\s+")) {
                if (w.isEmpty()) continue;
                Gender before = names.putIfAbsent(Names.fold(w), section);
                if (before != null && before != section) names.put(Names.fold(w), Gender.UNKNOWN);
            }
        }
        return Map.copyOf(names);
    }

    /** The non-blank lines of a resource without comments. */
    static List<String> lines(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("the word list " + resource + " is missing from the class path");
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) lines.add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + resource, e);
        }
        return lines;
    }
}
