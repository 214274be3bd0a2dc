package org.newsdesk.api.greader;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The streams the Google Reader API names, as {@code s}, {@code xt}, {@code it} and item categories. */
sealed interface StreamId {
    String READING_LIST = "user/-/state/com.google/reading-list";
    String STARRED = "user/-/state/com.google/starred";
    String READ = "user/-/state/com.google/read";
    String LABEL_PREFIX = "user/-/label/";
    String FEED_PREFIX = "feed/";

    Pattern STATE = Pattern.compile("user/[^/]+/state/com\\.google/(.+)");
    Pattern LABEL = Pattern.compile("user/[^/]+/label/(.+)");

    /** Everything the reader follows. */
    record ReadingList() implements StreamId {}

    record Starred() implements StreamId {}

    record Read() implements StreamId {}

    /** A folder of the reader's. */
    record Label(String name) implements StreamId {}

    /** A source, by its number ({@code feed/12}) or its feed URL ({@code feed/https://…}). */
    record Feed(String value) implements StreamId {
        Optional<Long> sourceId() {
            return value.matches("\\d{1,18}") ? Optional.of(Long.parseLong(value)) : Optional.empty();
        }
    }

    /** A state Newsdesk does not keep (kept-unread, like, broadcast…): an empty stream. */
    record Other(String id) implements StreamId {}

    static StreamId parse(String id) {
        String value = id.strip();
        Matcher state = STATE.matcher(value);
        if (state.matches()) {
            return switch (state.group(1)) {
                case "reading-list" -> new ReadingList();
                case "starred" -> new Starred();
                case "read" -> new Read();
                default -> new Other(value);
            };
        }
        Matcher label = LABEL.matcher(value);
        if (label.matches()) return new Label(label.group(1));
        if (value.startsWith(FEED_PREFIX) && value.length() > FEED_PREFIX.length()) {
            return new Feed(value.substring(FEED_PREFIX.length()));
        }
        return new Other(value);
    }

    static String feed(long sourceId) {
        return FEED_PREFIX + sourceId;
    }

    static String label(String name) {
        return LABEL_PREFIX + name;
    }
}
