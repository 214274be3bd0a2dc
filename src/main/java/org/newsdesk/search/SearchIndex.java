package org.newsdesk.search;

import org.newsdesk.domain.Article;

/**
 * Full-text search over articles. Derived data: it can always be rebuilt from the store.
 * Implementations are thread-safe.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds the article, or replaces the document of the same id. Visible to searches after {@link #commit()}. */
    void index(Article article, String sourceTitle);

    void delete(long articleId);

    /** Removes every document of a source (when the source is removed). */
    void deleteSource(long sourceId);

    /** Removes every document, before a rebuild. */
    void clear();

    /** Makes the changes durable and visible. */
    void commit();

    SearchHits search(SearchQuery query);

    /** The number of documents searches see. */
    long count();

    @Override
    void close();
}
