package org.newsdesk.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Reader;

/** The models of a reader's Subscriptions page and its fragments: folders, sources, hidden sources, saved searches. */
public final class SubscriptionModels {

    private SubscriptionModels() {}

    /**
     * A refusal shown next to the form that caused it.
     *
     * @param form which form: {@code subscribe}, {@code import}, {@code source-<id>}, {@code folder-<id>}, {@code search}
     */
    public record FormError(String form, String message) {
        public boolean on(String name) {
            return form.equals(name);
        }
    }

    /** A subscription as the page lists it. */
    public record Row(long sourceId, String title, String sourceTitle, String folder, String feedUrl, long unread,
                      boolean hidden) {
        public boolean renamed() {
            return !title.equals(sourceTitle);
        }
    }

    /** A folder with its subscriptions; {@code id} is null for the subscriptions in no folder. */
    public record FolderGroup(@Nullable Long id, String name, long unread, List<Row> rows) {}

    /** A source Newsdesk follows that the reader does not subscribe to yet. */
    public record Available(long id, String title, @Nullable String category, long articles, boolean hidden) {}

    /** A source the reader hides, subscribed or not. */
    public record Hidden(long id, String title) {}

    /** A saved search with where it leads: the search page and its feeds. */
    public record Saved(long id, String name, String query, String href, String feedHref) {}

    /** What an OPML import did: subscribed, already subscribed, and the outlines that failed with why. */
    public record Imported(String file, int subscribed, int already, List<String> failures, List<String> skipped) {}

    public record Page(Reader reader, String csrf, List<FolderGroup> groups, List<String> folderNames,
                       List<Available> available, List<Hidden> hidden, List<Saved> searches, long unread,
                       int count, @Nullable String message, @Nullable FormError error, @Nullable Imported imported,
                       String urlValue, String folderValue, @Nullable String openSource) {
        public boolean errorOn(String form) {
            return error != null && error.on(form);
        }

        public String errorText() {
            return error == null ? "" : error.message();
        }
    }

    /** The bar on a source's page: subscribe or unsubscribe, hide or show. */
    public record SourceBar(long sourceId, String title, boolean subscribed, boolean hidden, String csrf,
                            List<String> folderNames) {}

    /** The search page's side panel: save this search, and the reader's saved searches. */
    public record SearchPanel(String query, List<Saved> searches, String csrf, @Nullable String error) {}
}
