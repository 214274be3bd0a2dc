package org.newsdesk.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the understanding stage found in an article.
 *
 * @param language   the article's language as an ISO 639-1 code ("en", "fr"), or "und" when it cannot be told
 * @param entities   the people, places, organisations and other names, most mentioned first
 * @param tags       5–8 hashtags, best first, normalised (lower case, no diacritics, words joined by '-')
 * @param categories topical categories ("Politics", "Sports") first, then places ("Russia", "Europe")
 * @param quotes     who said what, in the order of the text
 * @param summary    a few of the article's own sentences, in the order of the text
 * @param embedding  the article's unit-length sentence embedding (empty when the text is empty); a copy is kept and
 *                   given out, so the record stays immutable
 */
public record Annotations(
        String language,
        List<Entity> entities,
        List<String> tags,
        List<String> categories,
        List<Quote> quotes,
        List<String> summary,
        float[] embedding) {

    public Annotations {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(embedding, "embedding");
        if (language.isBlank()) throw new IllegalArgumentException("language must not be blank");
        entities = List.copyOf(entities);
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        quotes = List.copyOf(quotes);
        summary = List.copyOf(summary);
        embedding = embedding.clone();
    }

    @Override
    public float[] embedding() {
        return embedding.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Annotations a && language.equals(a.language) && entities.equals(a.entities)
                && tags.equals(a.tags) && categories.equals(a.categories) && quotes.equals(a.quotes)
                && summary.equals(a.summary) && Arrays.equals(embedding, a.embedding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, entities, tags, categories, quotes, summary, Arrays.hashCode(embedding));
    }

    @Override
    public String toString() {
        return "Annotations[language=" + language + ", tags=" + tags + ", categories=" + categories
                + ", entities=" + entities.size() + ", quotes=" + quotes.size() + ", summary=" + summary.size()
                + " sentences, embedding=" + embedding.length + " dims]";
    }
}
