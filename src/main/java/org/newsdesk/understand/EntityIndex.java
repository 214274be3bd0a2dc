package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Entity;

/**
 * The entities of one article and where each is named, for the passes that need to know who a name or a
 * pronoun stands for (quotes, tags, categories).
 *
 * @param located  every mention kept, in text order, with its entity
 * @param byKey    every folded form an entity is written in → the entity
 * @param genders  what "he" or "she" can refer to
 * @param places   for places and organisations the gazetteer knows, its entry
 */
record EntityIndex(List<Entity> entities, List<Located> located, Map<String, Entity> byKey,
                   Map<Entity, Gender> genders, Map<Entity, Gazetteer.Entry> places) {

    /** A mention and the entity it names. */
    record Located(Mention mention, Entity entity) {
    }

    EntityIndex {
        entities = List.copyOf(entities);
        located = located.stream().sorted(Comparator.comparingInt((Located l) -> l.mention().paragraph())
                .thenComparingInt(l -> l.mention().start())).toList();
        byKey = Map.copyOf(byKey);
        genders = Map.copyOf(genders);
        places = Map.copyOf(places);
    }

    /** The entity a name as written stands for ("Merkel" → Angela Merkel), or null. */
    @Nullable Entity find(String name) {
        return byKey.get(Names.fold(name).replace('-', ' '));
    }

    /** The entity whose mention holds an offset of a paragraph, or null. */
    @Nullable Entity at(int paragraph, int offset) {
        Located l = mentionAt(paragraph, offset);
        return l == null ? null : l.entity();
    }

    /** The mention holding an offset of a paragraph, with its entity, or null. */
    @Nullable Located mentionAt(int paragraph, int offset) {
        for (Located l : located) {
            Mention m = l.mention();
            if (m.paragraph() == paragraph && m.start() <= offset && offset < m.end()) return l;
            if (m.paragraph() > paragraph) break;
        }
        return null;
    }

    /** The mentions before a point of the text, nearest first, back to {@code fromParagraph}. */
    List<Located> before(int paragraph, int offset, int fromParagraph) {
        List<Located> out = new ArrayList<>();
        for (Located l : located) {
            Mention m = l.mention();
            if (m.paragraph() < fromParagraph) continue;
            if (m.paragraph() > paragraph || (m.paragraph() == paragraph && m.start() >= offset)) break;
            out.add(l);
        }
        return out.reversed();
    }

    Gender gender(Entity e) {
        return genders.getOrDefault(e, Gender.UNKNOWN);
    }
}
