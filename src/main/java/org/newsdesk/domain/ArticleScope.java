package org.newsdesk.domain;

import java.util.List;
import java.util.Objects;

/** Which articles a listing or a "mark all as read" covers, for one reader. */
public sealed interface ArticleScope {

    /** The articles of every source the reader subscribes to: their reading list, and their front page. */
    record Subscribed() implements ArticleScope {}

    /** The articles of every source, followed or not, but those the reader hides (the shared front page). */
    record Everything() implements ArticleScope {}

    record OfSource(long sourceId) implements ArticleScope {}

    /** The articles of the sources in one of the reader's folders. */
    record InFolder(long folderId) implements ArticleScope {}

    /** The articles of sources in a category, as the sources are filed (OPML folders). */
    record InCategory(String category) implements ArticleScope {
        public InCategory {
            Objects.requireNonNull(category, "category");
        }
    }

    /** The articles the reader starred. */
    record Starred() implements ArticleScope {}

    /** Named articles: a story's, for instance. */
    record Articles(List<Long> articleIds) implements ArticleScope {
        public Articles {
            articleIds = List.copyOf(articleIds);
        }
    }
}
