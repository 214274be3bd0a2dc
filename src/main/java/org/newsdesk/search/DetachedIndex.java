package org.newsdesk.search;

import java.util.List;
import org.newsdesk.domain.Article;

/**
 * Stands in for an index another process holds (a running Newsdesk, while a CLI command changes the store):
 * writes are left to that process, which reconciles its index with the store; searches are refused.
 * Thread-safe (stateless).
 */
public final class DetachedIndex implements SearchIndex {

    @Override
    public void index(Article article, String sourceTitle) {}

    @Override
    public void delete(long articleId) {}

    @Override
    public void deleteSource(long sourceId) {}

    @Override
    public void clear() {}

    @Override
    public void commit() {}

    @Override
    public SearchHits search(SearchQuery query) {
        throw busy();
    }

    @Override
    public long count(SearchQuery query) {
        throw busy();
    }

    @Override
    public List<SearchHit> related(long articleId, int limit) {
        throw busy();
    }

    @Override
    public java.util.Optional<List<Long>> relatedIds(long articleId, int limit) {
        throw busy();
    }

    @Override
    public Facets facets(int limit) {
        throw busy();
    }

    @Override
    public long count() {
        return 0;
    }

    @Override
    public long version() {
        return 0;
    }

    @Override
    public void close() {}

    private static SearchException busy() {
        return new SearchException(SearchException.Reason.BUSY, "the search index is held by a running Newsdesk", null);
    }
}
