package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Entity;
import org.newsdesk.domain.EntityType;

/**
 * Turns mentions into entities: merges the forms of one entity (the gazetteer's variants, "Merkel" into "Angela
 * Merkel", "WHO" into "World Health Organization", near spellings of a place), keeps a lone capitalised sentence
 * opener only when the article names it elsewhere, and gives each entity the type its mentions vote for.
 * Thread-safe.
 */
final class EntityResolver {

    /** Two or three capitalised words and nothing else: in news, most such names are people's. */
    private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*){1,2}");

    private final Gazetteer gazetteer;

    EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mentions of one entity while they are being gathered. */
    private static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> keys = new LinkedHashSet<>();
        Gazetteer.@Nullable Entry entry;
        @Nullable Group mergedInto;
        float personBonus;

        Group root() {
            Group g = this;
            while (g.mergedInto != null) g = g.mergedInto;
            return g;
        }

        private @Nullable Mention longest;
        private @Nullable List<String> words;

        /** The fullest form the article writes, cached until the group changes. */
        Mention longest() {
            if (longest == null) {
                longest = mentions.stream().filter(m -> !m.weak()).max(Comparator.comparingInt(Mention::tokens)
                        .thenComparing(m -> -m.paragraph())).orElse(mentions.getFirst());
            }
            return longest;
        }

        List<String> words() {
            if (words == null) words = List.of(longest().key().split(" "));
            return words;
        }

        void changed() {
            longest = null;
            words = null;
        }
    }

    /**
     * @param lowerCase the words the article also writes in lower case: a capitalised opener among them is not a name
     */
    EntityIndex resolve(List<Mention> mentions, Set<String> lowerCase) {
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Mention> weak = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.weak() && gazetteer.find(m.name()) == null) weak.add(m);
            else add(groups, m);
        }
        List<Group> all = new ArrayList<>(new LinkedHashSet<>(groups.values()));
        mergeAcronyms(all);
        mergeShortForms(all, groups);
        mergePlaceSpellings(all);
        Map<String, Integer> weakCounts = new HashMap<>();
        for (Mention m : weak) weakCounts.merge(m.key(), 1, Integer::sum);
        for (Mention m : weak) {
            Group g = groups.get(m.key());
            if (g == null) g = shortFormOf(m.key(), all);
            if (g != null) {
                g.root().mentions.add(m);
                g.root().changed();
            } else if (standsAlone(m, weakCounts.get(m.key()), lowerCase)) {
                add(groups, m);
                Group added = groups.get(m.key());
                if (!all.contains(added)) all.add(added);
            }
        }
        return index(all.stream().filter(g -> g.mergedInto == null).toList(), groups);
    }

    /**
     * A capitalised sentence opener the article names nowhere else is a name when it is possessive ("Northfield's
     * council"), comes back and is never written in lower case, or speaks ("Smith said"; not "Officials said").
     */
    private static boolean standsAlone(Mention m, int count, Set<String> lowerCase) {
        if (lowerCase.contains(m.key())) return false;
        if (m.possessive() || count >= 2) return true;
        return m.cues().person() >= 1 && !m.key().endsWith("s");
    }

    private void add(Map<String, Group> groups, Mention m) {
        Gazetteer.Entry entry = gazetteer.find(m.name());
        String key = entry != null ? "gazetteer:" + entry.name() : m.key();
        Group g = groups.get(key);
        if (g == null) {
            g = new Group();
            g.entry = entry;
            groups.put(key, g);
        }
        g = g.root();
        g.mentions.add(m);
        g.changed();
        g.keys.add(m.key());
        groups.putIfAbsent(m.key(), g);
    }

    /** The one longer name a single word ends or starts ("Merkel", "Angela" → "Angela Merkel"), or null. */
    private static @Nullable Group shortFormOf(String word, List<Group> all) {
        Group found = null;
        for (Group g : all) {
            if (g.mergedInto != null || g.entry != null || g.longest().tokens() < 2) continue;
            List<String> w = g.words();
            if (w.getLast().equals(word) || w.getFirst().equals(word)) {
                if (found != null) return null;
                found = g;
            }
        }
        return found;
    }

    /** "WHO" joins "World Health Organization" when the capitals of the one spell the other. */
    private static void mergeAcronyms(List<Group> all) {
        for (Group a : all) {
            if (a.entry != null || a.mentions.getFirst().tokens() != 1 || !isAcronym(a.longest().name())) continue;
            String acronym = a.longest().name().replace(".", "");
            List<Group> spelled = all.stream().filter(g -> g != a && g.mergedInto == null
                    && acronym.equals(initials(g.longest().name()))).toList();
            if (spelled.size() == 1) merge(a, spelled.getFirst());
        }
    }

    /**
     * "Merkel" and "Angela" join "Angela Merkel", "Meridian" joins "Meridian Wire", when exactly one longer name
     * ends or starts so.
     */
    private void mergeShortForms(List<Group> all, Map<String, Group> groups) {
        List<Group> longFirst = all.stream().sorted(Comparator.comparingInt((Group g) -> -g.longest().tokens())).toList();
        for (Group shorter : longFirst.reversed()) {
            if (shorter.mergedInto != null || shorter.entry != null) continue;
            List<String> words = shorter.words();
            List<Group> longer = new ArrayList<>();
            for (Group g : all) {
                if (g == shorter || g.mergedInto != null || g.longest().tokens() <= words.size()) continue;
                List<String> w = g.words();
                boolean suffix = w.subList(w.size() - words.size(), w.size()).equals(words);
                boolean prefix = words.size() == 1 && w.getFirst().equals(words.getFirst()) && !placeLike(shorter);
                if (suffix || prefix) longer.add(g);
            }
            if (longer.size() == 1) {
                Group target = longer.getFirst().root();
                List<String> w = target.words();
                if (w.getLast().equals(words.getLast()) && target.entry == null) target.personBonus += 1.5f;
                merge(shorter, target);
            }
        }
        for (Map.Entry<String, Group> e : groups.entrySet()) e.setValue(e.getValue().root());
    }

    /** Two spellings of one place a letter apart ("Kharkiv", "Kharkov") are one place. */
    private void mergePlaceSpellings(List<Group> all) {
        List<Group> places = all.stream().filter(g -> g.mergedInto == null && type(g) == EntityType.PLACE
                && g.longest().tokens() == 1 && g.longest().key().length() >= 5).toList();
        for (int i = 0; i < places.size(); i++) {
            for (int j = i + 1; j < places.size(); j++) {
                Group a = places.get(i).root();
                Group b = places.get(j).root();
                if (a != b && (a.entry == null || b.entry == null) && oneEditApart(a.longest().key(), b.longest().key())) {
                    if (a.entry == null) merge(a, b);
                    else merge(b, a);
                }
            }
        }
    }

    /** "in Riverton" is the town, not a short form of "Riverton General Hospital". */
    private static boolean placeLike(Group g) {
        Mention.Cues c = Mention.Cues.NONE;
        for (Mention m : g.mentions) c = c.plus(m.cues());
        return c.place() >= 1 && c.place() > c.organisation() && c.place() > c.person();
    }

    private static void merge(Group from, Group into) {
        Group target = into.root();
        if (from == target) return;
        target.mentions.addAll(from.mentions);
        target.changed();
        target.keys.addAll(from.keys);
        target.personBonus += from.personBonus;
        if (target.entry == null) target.entry = from.entry;
        from.mergedInto = target;
    }

    private EntityType type(Group g) {
        if (g.entry != null) return g.entry.type();
        Mention.Cues c = Mention.Cues.NONE;
        for (Mention m : g.mentions) c = c.plus(m.cues());
        float person = c.person() + g.personBonus;
        float best = Math.max(person, Math.max(c.place(), c.organisation()));
        if (best < 1) return PLAIN_NAME.matcher(g.longest().name()).matches() ? EntityType.PERSON : EntityType.OTHER;
        if (best == person) return EntityType.PERSON;
        return best == c.organisation() ? EntityType.ORGANIZATION : EntityType.PLACE;
    }

    private EntityIndex index(List<Group> roots, Map<String, Group> groups) {
        Map<Group, Entity> entities = new LinkedHashMap<>();
        Map<Entity, Gender> genders = new HashMap<>();
        Map<Entity, Gazetteer.Entry> places = new HashMap<>();
        List<Group> ordered = roots.stream().sorted(Comparator.comparingInt((Group g) -> -g.mentions.size())
                .thenComparingInt(g -> first(g))).toList();
        for (Group g : ordered) {
            String name = g.entry != null ? g.entry.name() : g.longest().name();
            Set<String> aliases = new LinkedHashSet<>();
            for (Mention m : g.mentions) {
                if (!Names.fold(m.name()).equals(Names.fold(name))) aliases.add(m.name());
            }
            Entity e = new Entity(name, type(g), g.mentions.size(), dedupe(aliases));
            entities.put(g, e);
            Gender gender = Gender.UNKNOWN;
            for (Mention m : g.mentions) if (gender == Gender.UNKNOWN) gender = m.cues().gender();
            genders.put(e, gender);
            if (g.entry != null) places.put(e, g.entry);
        }
        List<EntityIndex.Located> located = new ArrayList<>();
        Map<String, Entity> byKey = new HashMap<>();
        for (Map.Entry<Group, Entity> e : entities.entrySet()) {
            for (Mention m : e.getKey().mentions) {
                located.add(new EntityIndex.Located(m, e.getValue()));
                byKey.putIfAbsent(m.key(), e.getValue());
            }
            byKey.putIfAbsent(Names.fold(e.getValue().name()).replace('-', ' '), e.getValue());
        }
        for (Map.Entry<String, Group> g : groups.entrySet()) {
            Entity e = entities.get(g.getValue().root());
            if (e != null && !g.getKey().startsWith("gazetteer:")) byKey.putIfAbsent(g.getKey(), e);
        }
        return new EntityIndex(List.copyOf(entities.values()), located, byKey, genders, places);
    }

    private static int first(Group g) {
        int best = Integer.MAX_VALUE;
        for (Mention m : g.mentions) best = Math.min(best, m.sentence());
        return best;
    }

    private static List<String> dedupe(Set<String> aliases) {
        Map<String, String> byFold = new LinkedHashMap<>();
        for (String a : aliases) byFold.putIfAbsent(Names.fold(a), a);
        return List.copyOf(byFold.values());
    }

    static @Nullable String initials(String name) {
        StringBuilder sb = new StringBuilder();
        String[] words = name.split("[\\s-]+");
        if (words.length < 2) return null;
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
            sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    private static boolean isAcronym(String s) {
        String bare = s.replace(".", "");
        return bare.length() >= 2 && bare.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1 || a.charAt(0) != b.charAt(0)) return false;
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length()) return a.substring(i + 1).equals(b.substring(i + 1));
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
