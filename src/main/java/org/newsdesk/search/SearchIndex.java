package org.newsdesk.search;

import java.util.List;
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

    /**
     * One page of hits for the query, with facet counts and, when nothing matched, other searches to offer. The
     * total and facet counts are exact for a query matching few articles (under about a thousand); beyond, they
     * may be estimated from a sample of the matches, which {@link SearchHits#totalExact()} and
     * {@link FacetValue#exact()} say.
     *
     * @throws SearchException BAD_QUERY when the query cannot be run, UNAVAILABLE when the index cannot be read
     */
    SearchHits search(SearchQuery query);

    /** How many articles the query finds, without fetching them (paging and sort are ignored). */
    long count(SearchQuery query);

    /**
     * Articles most like the given one by the words of title and body, best first, without the article itself;
     * none when the article is not in the index.
     *
     * @param limit 1 to 100
     */
    List<SearchHit> related(long articleId, int limit);

    /**
     * The ids of the articles {@link #related} finds, best first, found afresh each time (to be kept by the
     * caller, not asked for page after page); empty when the article is not in the index, an empty list when it is
     * and nothing is like it.
     *
     * @param limit 1 to 100
     */
    java.util.Optional<List<Long>> relatedIds(long articleId, int limit);

    /**
     * Counts over the whole index: sources, categories, tags and languages with the most articles, up to
     * {@code limit} values each, and every date bucket.
     *
     * @param limit 1 to 10,000
     */
    Facets facets(int limit);

    /** The number of documents searches see. */
    long count();

    /**
     * A number that changes whenever what searches see changes (after a {@link #commit()} that changed something),
     * and only grows: pages built from the index may be kept while it stays the same.
     */
    long version();

    @Override
    void close();
}
