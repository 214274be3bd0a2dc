package org.newsdesk.domain;

import org.jspecify.annotations.Nullable;

/**
 * Where the next page of a newest-first listing starts: after the article shown at {@code shownAtMillis} with
 * {@code id} (ties broken by id, so no article is skipped or shown twice). Its text form goes in URLs.
 */
public record ListingCursor(long shownAtMillis, long id) {

    public static ListingCursor after(Article last) {
        return new ListingCursor(last.shownAt().toEpochMilli(), last.id());
    }

    @Override
    public String toString() {
        return shownAtMillis + "-" + id;
    }

    /** Reads the text form; null for anything else, so a mangled link shows the first page instead of failing. */
    public static @Nullable ListingCursor parse(@Nullable String text) {
        if (text == null) return null;
        int dash = text.lastIndexOf('-');
        if (dash <= 0) return null;
        try {
            return new ListingCursor(Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
