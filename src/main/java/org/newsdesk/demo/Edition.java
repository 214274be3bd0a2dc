package org.newsdesk.demo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a story's page shows at one moment: the corrected article shows other text after its first reading.
 *
 * @param updated    when the text last changed after publication, if it did
 * @param editorNote the correction printed under the article, once corrected
 * @param related    other stories of the same outlet, for the "Related articles" cards
 */
record Edition(Story story, List<String> paragraphs, @Nullable Instant updated, @Nullable String editorNote,
               List<Story> related) {

    Edition {
        Objects.requireNonNull(story, "story");
        paragraphs = List.copyOf(paragraphs);
        related = List.copyOf(related);
    }

    Manuscript manuscript() {
        return story.manuscript();
    }

    /** The time feeds give as the entry's last change. */
    Instant lastChanged() {
        return updated != null ? updated : story.published();
    }
}
