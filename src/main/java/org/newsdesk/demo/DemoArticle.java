package org.newsdesk.demo;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article the demo network publishes, as tests need to know it.
 *
 * @param outlet                the outlet's name, as its feed titles itself ("The Harbor Times")
 * @param event                 the news event the article covers; several outlets cover each event
 * @param republishedFrom       for a republished wire story, the URL of the Meridian Wire original
 * @param disallowedByRobots    the page is served but the network's robots.txt disallows it, so a polite
 *                              reader keeps the feed's own (full) content
 * @param correctedAfterFirstRead the page shows a corrected text and an editor's note from its second fetch on
 */
public record DemoArticle(
        String outlet,
        URI url,
        String title,
        String event,
        String author,
        Instant published,
        String section,
        List<String> tags,
        @Nullable URI republishedFrom,
        boolean disallowedByRobots,
        boolean correctedAfterFirstRead) {

    public DemoArticle {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(section, "section");
        tags = List.copyOf(tags);
    }
}
