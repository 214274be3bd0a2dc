package org.newsdesk.domain;

import java.util.Objects;

/**
 * Something a named person or organisation said, as an article reports it.
 *
 * @param speaker  the speaker's name as the article's entities give it ("Angela Merkel", not "she")
 * @param text     the words quoted, without the quotation marks; for reported speech, the clause reported
 * @param verb     the speech verb as written ("said", "told", "warned", "according to")
 * @param reported true for reported speech ("she said that …"), false for words in quotation marks
 */
public record Quote(String speaker, String text, String verb, boolean reported) {
    public Quote {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(verb, "verb");
        if (speaker.isBlank()) throw new IllegalArgumentException("a quote's speaker must not be blank");
        if (text.isBlank()) throw new IllegalArgumentException("a quote's text must not be blank");
    }
}
