package org.newsdesk.demo;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article as its writer filed it in {@code demo/articles/}: header fields and paragraphs.
 *
 * @param age           how long before the network starts the article was published
 * @param paragraphs    the body; a paragraph starting {@code ## } is a subheading, {@code > } a pull quote
 * @param republication set when the article is a wire story republished from Meridian Wire
 * @param correction    set when the article is corrected once its page has been read once
 * @param membersOnly   the page sits under a path the network's robots.txt disallows
 */
record Manuscript(
        Outlet outlet,
        String slug,
        String event,
        Duration age,
        String title,
        String standfirst,
        String author,
        String section,
        List<String> tags,
        @Nullable Picture picture,
        List<String> paragraphs,
        @Nullable Republication republication,
        @Nullable Correction correction,
        boolean membersOnly) {

    Manuscript {
        Objects.requireNonNull(outlet, "outlet");
        for (String field : List.of(slug, event, title, standfirst, author, section)) {
            if (field.isBlank()) throw new IllegalArgumentException("manuscript " + slug + " has a blank field");
        }
        tags = List.copyOf(tags);
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty() && republication == null) {
            throw new IllegalArgumentException("manuscript " + slug + " has no paragraphs");
        }
    }

    /** A lead image: the network draws the picture itself, the writer gives caption and credit. */
    record Picture(String caption, String credit) {}

    /** A text replacement: an editor's light edit, or a correction. */
    record Edit(String from, String to) {
        String apply(String text) {
            return text.replace(from, to);
        }
    }

    /**
     * How an outlet republishes a wire story.
     *
     * @param wireSlug  the slug of the Meridian Wire original
     * @param dropped   1-based paragraph numbers of the original left out
     * @param canonical whether the page points to the original with {@code <link rel="canonical">}
     * @param note      whether the page says "Originally published by Meridian Wire"
     */
    record Republication(String wireSlug, List<Integer> dropped, List<Edit> edits, boolean canonical, boolean note) {
        Republication {
            dropped = List.copyOf(dropped);
            edits = List.copyOf(edits);
        }
    }

    /** A mistake in the first version of the text, and the editor's note printed once it is fixed. */
    record Correction(Edit fix, String note) {}
}
