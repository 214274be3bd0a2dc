package org.newsdesk.domain;

import java.util.List;
import java.util.Objects;

/**
 * A person, place, organisation or other named thing an article mentions.
 *
 * @param name     the fullest form the article uses ("Angela Merkel"), normalised ("the" and possessives removed)
 * @param mentions how many times the article names it, under any of its forms
 * @param aliases  the other forms the article uses for it ("Merkel", "Mrs Merkel"), without the name itself
 */
public record Entity(String name, EntityType type, int mentions, List<String> aliases) {
    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) throw new IllegalArgumentException("an entity's name must not be blank");
        if (mentions < 1) throw new IllegalArgumentException("mentions must be at least 1, was " + mentions);
        aliases = List.copyOf(aliases);
    }
}
