package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.domain.Entity;
import org.newsdesk.domain.EntityType;

/**
 * Chooses an article's 5–8 hashtags: the people, organisations, places and key phrases it is most about, ranked by
 * how often it names them, boosted when its title or lead does. Tags are slugs ("angela-merkel", "sao-paulo"), one
 * per entity whatever form it was written in. Thread-safe.
 */
final class TagRanker {

    static final int MOST = 8;
    static final int LEAST = 5;

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private record Candidate(String slug, double score) {
    }

    List<String> rank(EntityIndex entities, List<KeyPhrases.Phrase> phrases, String title, String lead) {
        String titleText = plain(title);
        String leadText = plain(lead);
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Entity e : entities.entities()) {
            double score = e.mentions() * weight(e.type());
            if (named(e, titleText)) score += 3;
            if (named(e, leadText)) score *= 1.3;
            if (e.type() == EntityType.OTHER && e.mentions() < 2 && !named(e, titleText)) continue;
            offer(best, Names.slug(e.name()), score);
        }
        for (KeyPhrases.Phrase p : phrases) {
            double score = 0.8 * p.count() * (p.text().contains(" ") ? 1.4 : 1) + (p.inTitle() ? 2.5 : 0);
            String slug = Names.slug(p.text());
            if (best.keySet().stream().noneMatch(s -> s.contains(slug) || slug.contains(s))) offer(best, slug, score);
        }
        List<Candidate> ranked = best.values().stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::slug)).toList();
        List<String> tags = new ArrayList<>();
        for (Candidate c : ranked) {
            if (tags.size() >= MOST || (tags.size() >= LEAST && c.score() < 1.5)) break;
            if (!c.slug().isEmpty()) tags.add(c.slug());
        }
        return tags;
    }

    private static void offer(Map<String, Candidate> best, String slug, double score) {
        Candidate old = best.get(slug);
        if (old == null || old.score() < score) best.put(slug, new Candidate(slug, score));
    }

    private static double weight(EntityType type) {
        return switch (type) {
            case PERSON -> 1.3;
            case ORGANIZATION -> 1.2;
            case PLACE -> 1.0;
            case OTHER -> 0.6;
        };
    }

    private static boolean named(Entity e, String text) {
        if (text.contains(plain(e.name()))) return true;
        for (String alias : e.aliases()) {
            String a = plain(alias);
            if (a.length() > 4 && text.contains(a)) return true;
        }
        return false;
    }

    /** Folded words between spaces, for matching whole words: " sao paulo ". */
    private static String plain(String s) {
        return " " + NOT_WORD.matcher(Names.fold(s)).replaceAll(" ").strip() + " ";
    }
}
