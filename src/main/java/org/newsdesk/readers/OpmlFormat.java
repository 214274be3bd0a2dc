package org.newsdesk.readers;

import java.util.List;
import org.newsdesk.domain.Outline;

/**
 * Reads and writes OPML subscription lists; the feed side implements it. Implementations are thread-safe and throw
 * {@link ReaderException} with {@code INVALID} and a readable message for a file that is not OPML.
 */
public interface OpmlFormat {
    List<Outline> read(byte[] document);

    String write(String title, List<Outline> outlines);
}
