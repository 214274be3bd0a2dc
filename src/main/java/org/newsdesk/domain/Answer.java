package org.newsdesk.domain;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An answer to a reader's question about a story, grounded in its articles.
 *
 * @param text      the answer, citing articles as [n] (1-based, in the order the articles were given)
 * @param citations the article numbers cited, ascending, each within the articles given
 * @param generated true when an AI service wrote it; false for the local passages closest to the question
 * @param notice    for the local version, why the AI one is not shown; null otherwise
 */
public record Answer(String text, List<Integer> citations, boolean generated, @Nullable String notice) {
    public Answer {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
    }
}
