package org.newsdesk.app;

import java.time.Clock;
import java.util.List;
import org.newsdesk.domain.Outline;
import org.newsdesk.feed.FeedException;
import org.newsdesk.feed.OpmlCodec;
import org.newsdesk.feed.OpmlContents;
import org.newsdesk.readers.OpmlFormat;
import org.newsdesk.readers.ReaderException;

/** Readers' OPML files, read and written by the feed side's codec. Thread-safe. */
final class OpmlFiles implements OpmlFormat {
    private final OpmlCodec codec;
    private final Clock clock;

    OpmlFiles(OpmlCodec codec, Clock clock) {
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public Contents read(byte[] document) {
        try {
            OpmlContents contents = codec.contents(document);
            return new Contents(contents.feeds(), contents.skipped());
        } catch (FeedException e) {
            throw new ReaderException(ReaderException.Reason.INVALID, e.getMessage(), e);
        }
    }

    @Override
    public String write(String title, List<Outline> outlines) {
        return codec.write(title, outlines, clock.instant());
    }
}
