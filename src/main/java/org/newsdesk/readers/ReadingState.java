package org.newsdesk.readers;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.ArticleScope;
import org.newsdesk.domain.ItemRef;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.ReadingItem;
import org.newsdesk.domain.UnreadCount;
import org.newsdesk.store.ItemQuery;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.ReadingStateStore;

/**
 * Each reader's read, unread and starred marks, and their lists of articles with those marks. A story is read when
 * all its articles are. Thread-safe.
 */
public final class ReadingState {
    private final ReadingStateStore state;
    private final ItemStore items;
    private final ArchivePolicy policy;
    private final Clock clock;

    public ReadingState(ReadingStateStore state, ItemStore items, ArchivePolicy policy, Clock clock) {
        this.state = Objects.requireNonNull(state, "state");
        this.items = Objects.requireNonNull(items, "items");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void markRead(Reader reader, long articleId) {
        state.markRead(reader.id(), List.of(articleId));
    }

    /** Returns how many of the articles exist. */
    public int markRead(Reader reader, Collection<Long> articleIds) {
        return state.markRead(reader.id(), articleIds);
    }

    public void markUnread(Reader reader, long articleId) {
        state.markUnread(reader.id(), List.of(articleId));
    }

    public int markUnread(Reader reader, Collection<Long> articleIds) {
        return state.markUnread(reader.id(), articleIds);
    }

    public void star(Reader reader, long articleId) {
        state.star(reader.id(), List.of(articleId), clock.instant());
    }

    public int star(Reader reader, Collection<Long> articleIds) {
        return state.star(reader.id(), articleIds, clock.instant());
    }

    public void unstar(Reader reader, long articleId) {
        state.unstar(reader.id(), List.of(articleId));
    }

    public int unstar(Reader reader, Collection<Long> articleIds) {
        return state.unstar(reader.id(), articleIds);
    }

    /**
     * Marks read the articles of a scope (a source, a folder, a category, a story's articles, everything) first
     * fetched at or before the cut-off: articles that came after the reader's page was shown stay unread.
     *
     * @param cutoff null for now
     */
    public void markAllRead(Reader reader, ArticleScope scope, @Nullable Instant cutoff) {
        state.markAllRead(reader.id(), scope, cutoff == null ? clock.instant() : cutoff);
    }

    /** A story is read when every one of its articles is. */
    public boolean isStoryRead(Reader reader, Collection<Long> storyArticleIds) {
        return state.readAmong(reader.id(), storyArticleIds).size() == Set.copyOf(storyArticleIds).size();
    }

    public void markStoryRead(Reader reader, Collection<Long> storyArticleIds) {
        state.markRead(reader.id(), storyArticleIds);
    }

    /** Unread counts of the reader's subscribed sources that have unread articles, by source id. */
    public List<UnreadCount> unreadCounts(Reader reader) {
        return state.unreadCounts(reader.id());
    }

    public long countUnread(Reader reader, ArticleScope scope) {
        return state.countUnread(reader.id(), scope);
    }

    /** Which of the articles the reader has read: for marking cards on a page. */
    public Set<Long> readAmong(Reader reader, Collection<Long> articleIds) {
        return new HashSet<>(state.readAmong(reader.id(), articleIds));
    }

    /**
     * A page of the reader's articles with their marks. The query's reader must be this reader. Read articles past
     * the archive policy's read retention are left out (starred ones stay): they leave the reader's lists and sync
     * streams, while search and the shared pages still show them.
     */
    public List<ReadingItem> items(Reader reader, ItemQuery query) {
        return items.items(own(reader, query));
    }

    /** A page of article ids with their marks, leaving out read articles past retention like {@link #items}. */
    public List<ItemRef> refs(Reader reader, ItemQuery query) {
        return items.refs(own(reader, query));
    }

    public long count(Reader reader, ItemQuery query) {
        return items.count(own(reader, query));
    }

    /** The named articles the reader may open (of sources they follow, or starred), with their marks. */
    public List<ReadingItem> visible(Reader reader, Collection<Long> articleIds) {
        return items.visible(reader.id(), articleIds);
    }

    public List<Long> visibleIds(Reader reader, Collection<Long> articleIds) {
        return items.visibleIds(reader.id(), articleIds);
    }

    /** The reader's unread article ids, newest first. */
    public List<Long> unreadIds(Reader reader, int limit) {
        return state.unreadIds(reader.id(), limit);
    }

    public List<Long> starredIds(Reader reader, int limit) {
        return state.starredIds(reader.id(), limit);
    }

    /**
     * Applies the archive policy to reading state: articles older than its unread retention count as read for
     * everyone, and their exceptions fold into the markers. Returns how many (reader, source) pairs were looked at.
     * (The read retention needs no pruning: {@link #items} leaves old read articles out as it lists.)
     */
    public int prune() {
        return state.foldBefore(clock.instant().minus(policy.keepUnread()));
    }

    /** Where a new subscriber's reading starts: older articles count as read. */
    void startReading(Reader reader, long sourceId) {
        state.markAllRead(reader.id(), new ArticleScope.OfSource(sourceId), clock.instant().minus(policy.keepUnread()));
    }

    /** The reader's own query, cut at the archive policy's end of read. */
    private ItemQuery own(Reader reader, ItemQuery query) {
        if (query.readerId() != reader.id()) {
            throw new IllegalArgumentException("the query is for reader " + query.readerId() + ", not " + reader.id());
        }
        return query.keepingReadFrom(clock.instant().minus(policy.keepRead()));
    }
}
