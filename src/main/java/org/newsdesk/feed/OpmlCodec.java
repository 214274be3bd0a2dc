package org.newsdesk.feed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.newsdesk.domain.Outline;

/**
 * Reads and writes OPML subscription lists, the format feed readers import and export.
 *
 * <p>Folders: an outline's category is the path of the folders it sits in, outermost first, joined with
 * {@value #CATEGORY_SEPARATOR} ("News/World" for a feed in folder World inside folder News). A path keeps every
 * level, so writing and reading back gives the same categories; a category with a "/" is written as nested folders.
 * Thread-safe.
 */
public final class OpmlCodec {

    /** Joins folder names into a category path. */
    public static final String CATEGORY_SEPARATOR = "/";

    /** How many feeds an OPML file may list; larger files are refused rather than imported in part. */
    public static final int DEFAULT_MAX_OUTLINES = 10_000;

    private final OpmlReader reader;
    private final OpmlWriter writer = new OpmlWriter();

    public OpmlCodec() {
        this(DEFAULT_MAX_OUTLINES);
    }

    /** @param maxOutlines the most feeds one file may list; at least 1 */
    public OpmlCodec(int maxOutlines) {
        if (maxOutlines < 1) throw new IllegalArgumentException("maxOutlines must be at least 1, was " + maxOutlines);
        this.reader = new OpmlReader(maxOutlines);
    }

    /**
     * The feeds an OPML file lists, in document order (see {@link #contents}, which also says what was left out).
     *
     * @throws FeedException EMPTY, NOT_A_FEED (not OPML), UNSAFE_XML (a DOCTYPE), MALFORMED, TOO_MANY_ENTRIES
     */
    public List<Outline> read(byte[] opml) throws FeedException {
        return contents(opml).feeds();
    }

    /**
     * The feeds an OPML file lists, in document order, and the entries left out. Outlines without an xmlUrl are
     * folders; one with no outlines inside is a dead entry, left out. Feeds whose xmlUrl is not an http(s) address
     * (after reading feed:// as http://) are left out; a feed listed twice is kept once, in its first folder. The
     * title is the outline's text, else its title, else its address. Imports (a reader's, the admin's, the CLI's)
     * report what was left out.
     *
     * @throws FeedException EMPTY, NOT_A_FEED (not OPML), UNSAFE_XML (a DOCTYPE), MALFORMED, TOO_MANY_ENTRIES
     */
    public OpmlContents contents(byte[] opml) throws FeedException {
        Objects.requireNonNull(opml, "opml");
        return reader.read(opml);
    }

    /** The outlines as an OPML 2.0 document, grouped in folders by category, in the order given. */
    public String write(String title, List<Outline> outlines, Instant created) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlines, "outlines");
        Objects.requireNonNull(created, "created");
        return writer.write(title, outlines, created);
    }
}
