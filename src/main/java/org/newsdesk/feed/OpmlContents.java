package org.newsdesk.feed;

import java.util.List;
import java.util.Objects;
import org.newsdesk.domain.Outline;

/**
 * What an OPML file lists: the feeds to follow, and the entries that were not taken, each said in a line a person
 * reads ("Podcast: not a web address: …", the way an import reports its failures), so an import can report them
 * rather than drop them.
 *
 * @param feeds   the feeds, in document order, each once
 * @param skipped the entries left out: an xmlUrl that is not an http(s) address, a feed listed again, an outline
 *                with neither an xmlUrl nor outlines inside it
 */
public record OpmlContents(List<Outline> feeds, List<String> skipped) {
    public OpmlContents {
        feeds = List.copyOf(Objects.requireNonNull(feeds, "feeds"));
        skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped"));
    }
}
