package org.newsdesk.domain;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article in a reader's language.
 *
 * @param language   the language of the text given, as an ISO 639-1 code
 * @param generated  true when an AI service translated it; false when the original is shown
 * @param notice     why the original is shown, when it is; null otherwise
 */
public record Translation(String language, String title, List<String> paragraphs, boolean generated,
                          @Nullable String notice) {
    public Translation {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
    }
}
