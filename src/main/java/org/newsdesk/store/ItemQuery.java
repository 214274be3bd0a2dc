package org.newsdesk.store;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.ArticleScope;

/**
 * A page of one reader's articles, in article id order (the order articles arrived, which sync clients page by).
 *
 * @param fetchedFrom   only articles first fetched at or after this time
 * @param fetchedBefore only articles first fetched before this time
 * @param afterId       only articles with a greater id (the keyset of the next page, oldest first)
 * @param beforeId      only articles with a smaller id (the keyset of the next page, newest first)
 * @param readKeptFrom  read articles first fetched before this time are left out unless starred: the archive
 *                      policy's end of read, which takes them off the reader's lists without deleting the shared
 *                      article; null keeps every read article
 */
public record ItemQuery(
        long readerId,
        ArticleScope scope,
        ReadFilter readFilter,
        boolean starredOnly,
        @Nullable Instant fetchedFrom,
        @Nullable Instant fetchedBefore,
        @Nullable Long afterId,
        @Nullable Long beforeId,
        boolean oldestFirst,
        int limit,
        @Nullable Instant readKeptFrom) {

    /** Which articles by their read mark. */
    public enum ReadFilter { ANY, READ, UNREAD }

    public ItemQuery {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(readFilter, "readFilter");
        Limits.requirePositive(limit, "limit");
    }

    /** The newest {@code limit} articles of a scope, read or not. */
    public static ItemQuery of(long readerId, ArticleScope scope, int limit) {
        return new ItemQuery(readerId, scope, ReadFilter.ANY, false, null, null, null, null, false, limit, null);
    }

    public ItemQuery withReadFilter(ReadFilter filter) {
        return new ItemQuery(readerId, scope, filter, starredOnly, fetchedFrom, fetchedBefore, afterId, beforeId,
                oldestFirst, limit, readKeptFrom);
    }

    public ItemQuery starredOnly(boolean starred) {
        return new ItemQuery(readerId, scope, readFilter, starred, fetchedFrom, fetchedBefore, afterId, beforeId,
                oldestFirst, limit, readKeptFrom);
    }

    public ItemQuery fetchedBetween(@Nullable Instant from, @Nullable Instant before) {
        return new ItemQuery(readerId, scope, readFilter, starredOnly, from, before, afterId, beforeId, oldestFirst,
                limit, readKeptFrom);
    }

    public ItemQuery idsBetween(@Nullable Long after, @Nullable Long before) {
        return new ItemQuery(readerId, scope, readFilter, starredOnly, fetchedFrom, fetchedBefore, after, before,
                oldestFirst, limit, readKeptFrom);
    }

    public ItemQuery oldestFirst(boolean oldest) {
        return new ItemQuery(readerId, scope, readFilter, starredOnly, fetchedFrom, fetchedBefore, afterId, beforeId,
                oldest, limit, readKeptFrom);
    }

    public ItemQuery withLimit(int newLimit) {
        return new ItemQuery(readerId, scope, readFilter, starredOnly, fetchedFrom, fetchedBefore, afterId, beforeId,
                oldestFirst, newLimit, readKeptFrom);
    }

    /** Leaves out read, unstarred articles first fetched before {@code from}; null keeps them all. */
    public ItemQuery keepingReadFrom(@Nullable Instant from) {
        return new ItemQuery(readerId, scope, readFilter, starredOnly, fetchedFrom, fetchedBefore, afterId, beforeId,
                oldestFirst, limit, from);
    }
}
