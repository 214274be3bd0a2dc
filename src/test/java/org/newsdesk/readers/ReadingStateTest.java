package org.newsdesk.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.ArticleScope;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.ReadingItem;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.Source;
import org.newsdesk.store.ItemQuery;

class ReadingStateTest {
    @TempDir
    Path folder;

    private Readers readers;
    private ReadingState reading;
    private Reader ana;
    private Reader ben;
    private Source a;
    private Source b;

    @BeforeEach
    void open() {
        readers = new Readers(folder);
        reading = readers.reading;
        ana = readers.accounts.create("Ana", "correct horse", Role.ADMIN);
        ben = readers.accounts.create("Ben", "correct horse", Role.MEMBER);
        a = readers.source("a");
        b = readers.source("b");
        readers.subscriptions.subscribe(ana, a.id(), null);
        readers.subscriptions.subscribe(ben, b.id(), null);
    }

    @AfterEach
    void close() {
        readers.close();
    }

    @Test
    void aStoryIsReadWhenAllItsArticlesAre() {
        long one = readers.article(a, "one", Readers.T0);
        long two = readers.article(b, "two", Readers.T0);

        reading.markRead(ana, one);
        assertThat(reading.isStoryRead(ana, List.of(one, two))).isFalse();
        reading.markStoryRead(ana, List.of(one, two));

        assertThat(reading.isStoryRead(ana, List.of(one, two, one))).isTrue();
        assertThat(reading.isStoryRead(ben, List.of(one, two))).isFalse();
    }

    @Test
    void markAllReadWithoutACutoffMeansNowAndSparesLaterArticles() {
        long before = readers.article(a, "before", Readers.T0);
        reading.markAllRead(ana, new ArticleScope.Subscribed(), null);
        long after = readers.article(a, "after", Readers.T0.plusSeconds(1));

        assertThat(reading.readAmong(ana, List.of(before, after))).containsExactly(before);
        assertThat(reading.unreadIds(ana, 10)).containsExactly(after);
    }

    @Test
    void listsOnlyTheReadersOwnItemsAndRefusesAnothersQuery() {
        long anas = readers.article(a, "anas", Readers.T0);
        long bens = readers.article(b, "bens", Readers.T0);
        reading.star(ana, anas);

        assertThat(reading.items(ana, ItemQuery.of(ana.id(), new ArticleScope.Subscribed(), 10)))
                .extracting(ReadingItem::id, ReadingItem::starred)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(anas, true));
        assertThat(reading.visibleIds(ana, List.of(anas, bens))).containsExactly(anas);
        assertThat(reading.starredIds(ana, 10)).containsExactly(anas);
        assertThatThrownBy(() -> reading.items(ana, ItemQuery.of(ben.id(), new ArticleScope.Subscribed(), 10)))
                .isInstanceOf(IllegalArgumentException.class);
        reading.unstar(ana, anas);
        assertThat(reading.starredIds(ana, 10)).isEmpty();
    }

    @Test
    void pruningMarksArticlesPastUnreadRetentionRead() {
        long old = readers.article(a, "old", Readers.T0);
        long fresh = readers.article(a, "fresh", Readers.T0.plus(Duration.ofDays(10)));
        reading.markUnread(ana, old);
        readers.clock.advance(Duration.ofDays(31));

        reading.prune();

        assertThat(reading.readAmong(ana, List.of(old, fresh))).containsExactly(old);
        assertThat(reading.unreadCounts(ana)).singleElement()
                .satisfies(c -> assertThat(c.unread()).isEqualTo(1));
    }

    @Test
    void readArticlesPastReadRetentionLeaveTheReadersListsButStayStoredAndStarredOnesStay() {
        long read = readers.article(a, "read", Readers.T0);
        long starred = readers.article(a, "starred", Readers.T0);
        long unread = readers.article(a, "unread", Readers.T0.plus(Duration.ofDays(1)));
        long recent = readers.article(a, "recent", Readers.T0.plus(Duration.ofDays(5)));
        reading.markRead(ana, List.of(read, starred, recent));
        reading.star(ana, starred);
        ItemQuery all = ItemQuery.of(ana.id(), new ArticleScope.Subscribed(), 10);
        assertThat(reading.count(ana, all)).isEqualTo(4);

        readers.clock.advance(Duration.ofDays(60).plusHours(1));

        // Unread articles stay until the unread retention marks them read; read ones older than 60 days go.
        assertThat(reading.items(ana, all)).extracting(ReadingItem::id).containsExactly(recent, unread, starred);
        assertThat(reading.refs(ana, all.withReadFilter(ItemQuery.ReadFilter.READ)))
                .extracting(org.newsdesk.domain.ItemRef::articleId).containsExactly(recent, starred);
        assertThat(reading.count(ana, all)).isEqualTo(3);

        reading.prune();
        assertThat(reading.items(ana, all)).extracting(ReadingItem::id).containsExactly(recent, unread, starred);
        readers.clock.advance(Duration.ofDays(1));
        assertThat(reading.items(ana, all)).extracting(ReadingItem::id).containsExactly(recent, starred);

        // Nothing is deleted: the shared article is still there, another reader still lists it, and it still opens.
        assertThat(readers.articles.find(read)).isPresent();
        readers.subscriptions.subscribe(ben, a.id(), null);
        reading.markUnread(ben, read);
        assertThat(reading.items(ben, ItemQuery.of(ben.id(), new ArticleScope.OfSource(a.id()), 10)))
                .extracting(ReadingItem::id).contains(read);
        assertThat(reading.visibleIds(ana, List.of(read))).containsExactly(read);
    }
}
