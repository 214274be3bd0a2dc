package org.newsdesk.understand;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.EntityType;

/**
 * The built-in gazetteer: countries, regions, capitals and major cities, US states and major organisations, each
 * with its spelling variants ("Kyiv", "Kiev"), the country and region it belongs to, and for countries the words
 * for their people ("Russian"). Acronyms ("WHO", "US") match only when written in capitals. Immutable, thread-safe.
 */
final class Gazetteer {

    enum Kind { COUNTRY, REGION, CITY, STATE, ORGANIZATION }

    /**
     * One place or organisation.
     *
     * @param country the country it is in or is, as the gazetteer names it; null for regions and world bodies
     * @param region  the world region ("Europe", "Middle East")
     * @param topic   the topical category it speaks for ("Sports" for FIFA), if any
     */
    record Entry(Kind kind, String name, List<String> aliases, @Nullable String country, @Nullable String region,
                 @Nullable String topic) {

        EntityType type() {
            return kind == Kind.ORGANIZATION ? EntityType.ORGANIZATION : EntityType.PLACE;
        }
    }

    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, Entry> byAcronym = new HashMap<>();
    private final Map<String, Entry> byDemonym = new HashMap<>();
    private final Map<String, Entry> countries = new HashMap<>();

    private Gazetteer() {
    }

    static Gazetteer builtIn() {
        Gazetteer g = new Gazetteer();
        for (String line : Lexicon.lines("gazetteer.tsv")) g.add(line.split("\t"));
        return g;
    }

    private void add(String[] f) {
        if (f.length < 6) throw new IllegalStateException("a gazetteer line needs 6 columns: " + String.join(" | ", f));
        Kind kind = switch (f[0]) {
            case "country" -> Kind.COUNTRY;
            case "region" -> Kind.REGION;
            case "city" -> Kind.CITY;
            case "state" -> Kind.STATE;
            case "org" -> Kind.ORGANIZATION;
            default -> throw new IllegalStateException("unknown gazetteer kind " + f[0]);
        };
        List<String> names = List.of(f[1].split("\\|"));
        Entry e = new Entry(kind, names.getFirst(), names, dash(f[2]), dash(f[3]), dash(f[5]));
        for (String n : names) {
            if (isAcronym(n)) byAcronym.putIfAbsent(n.replace(".", ""), e);
            else byName.putIfAbsent(Names.fold(n), e);
        }
        if (!f[4].equals("-")) for (String d : f[4].split("\\|")) byDemonym.putIfAbsent(Names.fold(d), e);
        if (kind == Kind.COUNTRY) countries.putIfAbsent(e.name(), e);
    }

    /** The entry a name as written stands for, or null. */
    @Nullable Entry find(String name) {
        String bare = name.replace(".", "");
        if (isAcronym(name)) {
            Entry e = byAcronym.get(bare);
            if (e != null) return e;
        }
        return byName.get(Names.fold(name));
    }

    /** The country or region whose people a word names ("Russian" → Russia), or null. */
    @Nullable Entry demonym(String word) {
        return Character.isUpperCase(word.codePointAt(0)) ? byDemonym.get(Names.fold(word)) : null;
    }

    @Nullable Entry country(@Nullable String name) {
        return name == null ? null : countries.get(name);
    }

    private static boolean isAcronym(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2 && letters <= 6 && !s.contains(" ");
    }

    private static @Nullable String dash(String s) {
        return s.equals("-") ? null : s;
    }
}
