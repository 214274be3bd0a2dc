package org.newsdesk.store;

/**
 * Which sources one reader's pages draw from: every source or only those they subscribe to, and never those they
 * hide. Listings given one add its condition to their SQL; without one they show every source.
 *
 * @param subscribedOnly true for the reader's own feeds ("My feeds"), false for all news
 */
public record ReaderSources(long readerId, boolean subscribedOnly) {

    /** The condition on the articles aliased {@code alias}; binds {@code :lens_reader}. */
    String condition(String alias) {
        String hidden = alias + ".source_id NOT IN (SELECT lh.source_id FROM hidden_sources lh WHERE lh.reader_id = :lens_reader)";
        if (!subscribedOnly) return hidden;
        return alias + ".source_id IN (SELECT ls.source_id FROM subscriptions ls WHERE ls.reader_id = :lens_reader) AND "
                + hidden;
    }
}
