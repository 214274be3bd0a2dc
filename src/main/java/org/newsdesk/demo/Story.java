package org.newsdesk.demo;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article as the network publishes it: its manuscript placed at a URL and a time.
 *
 * @param paragraphs the body as first published (a wire copy's edits already applied)
 * @param original   for a republished wire story, the Meridian Wire original
 */
record Story(Manuscript manuscript, String path, URI url, Instant published, List<String> paragraphs,
             @Nullable URI imageUrl, @Nullable Story original) {

    Story {
        Objects.requireNonNull(manuscript, "manuscript");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(published, "published");
        paragraphs = List.copyOf(paragraphs);
    }

    Outlet outlet() {
        return manuscript.outlet();
    }

    String title() {
        return manuscript.title();
    }

    String standfirst() {
        return manuscript.standfirst();
    }
}
