package org.newsdesk.readers;

import java.util.List;
import org.newsdesk.domain.Outline;

/**
 * Reads and writes OPML subscription lists; the feed side implements it. Implementations are thread-safe and throw
 * {@link ReaderException} with {@code INVALID} and a readable message for a file that is not OPML.
 */
public interface OpmlFormat {

    /**
     * What an OPML file lists.
     *
     * @param outlines the feeds, each once, in document order
     * @param skipped  the entries not taken, each "title: why" (no or a non-http(s) xmlUrl, a feed listed again)
     */
    record Contents(List<Outline> outlines, List<String> skipped) {
        public Contents {
            outlines = List.copyOf(outlines);
            skipped = List.copyOf(skipped);
        }
    }

    Contents read(byte[] document);

    String write(String title, List<Outline> outlines);
}
