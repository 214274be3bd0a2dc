package org.newsdesk.readers;

import org.newsdesk.domain.Outline;
import org.newsdesk.domain.Source;

/**
 * Finds or adds the shared source a reader subscribes to. The ingest side implements it (it fetches, discovers
 * feeds and schedules polls), and the composition root wires it in, so this package needs nothing of ingest.
 * Implementations are thread-safe and throw {@link ReaderException} with {@code SOURCE_FAILED} and a readable
 * message when the URL leads to no feed.
 */
public interface SourceFollower {

    /** The source for a feed or site URL: the one followed already, or a new one, found by fetching the URL. */
    Source follow(String url);

    /** The source for a feed listed in an OPML file: the one followed already, or a new one, fetched when due. */
    Source follow(Outline outline);
}
