package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.ArticleScope;
import org.newsdesk.domain.ItemRef;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.ReadingItem;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.Source;
import org.newsdesk.store.ItemQuery.ReadFilter;

class ItemStoreTest extends BackendTest {

    /** Ana follows A; Ben follows B. A has 5 articles (fetched at minutes 1..5), B 2. */
    private record World(Database database, ItemStore items, ReadingStateStore state, Reader ana, Reader ben,
                         Source a, Source b, List<Long> as, List<Long> bs) {}

    private World world(Backend backend) {
        Database database = open(backend);
        ReaderStore readers = new ReaderStore(database);
        SourceStore sources = new SourceStore(database);
        SubscriptionStore subscriptions = new SubscriptionStore(database);
        ArticleStore articles = new ArticleStore(database);
        Reader ana = readers.add("Ana", Role.MEMBER, "h", T0);
        Reader ben = readers.add("Ben", Role.MEMBER, "h", T0);
        Source a = sources.add("https://a.example/feed", null, "A", null, polling(T0));
        Source b = sources.add("https://b.example/feed", null, "B", null, polling(T0));
        subscriptions.subscribe(ana.id(), a.id(), null, T0);
        subscriptions.subscribe(ben.id(), b.id(), null, T0);
        List<Long> as = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            as.add(articles.insert(Samples.article(a.id(), "a" + i, Samples.publishedContent("A " + i, at(i)), at(i))).id());
        }
        List<Long> bs = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            bs.add(articles.insert(Samples.article(b.id(), "b" + i, Samples.minimalContent("B " + i), at(i))).id());
        }
        return new World(database, new ItemStore(database), new ReadingStateStore(database), ana, ben, a, b, as, bs);
    }

    @OnEveryBackend
    void listsTheReadersSubscriptionsNewestFirstWithTheirMarks(Backend backend) {
        World w = world(backend);
        w.state().markRead(w.ana().id(), List.of(w.as().get(4)));
        w.state().star(w.ana().id(), List.of(w.as().get(3)), at(9));

        List<ReadingItem> items = w.items().items(ItemQuery.of(w.ana().id(), new ArticleScope.Subscribed(), 3));

        assertThat(items).extracting(ReadingItem::id, ReadingItem::read, ReadingItem::starred).containsExactly(
                org.assertj.core.groups.Tuple.tuple(w.as().get(4), true, false),
                org.assertj.core.groups.Tuple.tuple(w.as().get(3), false, true),
                org.assertj.core.groups.Tuple.tuple(w.as().get(2), false, false));
        assertThat(items.getFirst().article().title()).isEqualTo("A 5");
    }

    @OnEveryBackend
    void filtersByReadMarkStarAndFetchTime(Backend backend) {
        World w = world(backend);
        long reader = w.ana().id();
        w.state().markRead(reader, List.of(w.as().get(0), w.as().get(1)));
        w.state().star(reader, List.of(w.as().get(1)), at(9));
        ItemQuery all = ItemQuery.of(reader, new ArticleScope.Subscribed(), 100);

        assertThat(ids(w.items().refs(all.withReadFilter(ReadFilter.UNREAD))))
                .containsExactly(w.as().get(4), w.as().get(3), w.as().get(2));
        assertThat(ids(w.items().refs(all.withReadFilter(ReadFilter.READ))))
                .containsExactly(w.as().get(1), w.as().get(0));
        assertThat(ids(w.items().refs(all.starredOnly(true)))).containsExactly(w.as().get(1));
        assertThat(ids(w.items().refs(all.fetchedBetween(at(2), at(4))))).containsExactly(w.as().get(2), w.as().get(1));
        assertThat(w.items().count(all.withReadFilter(ReadFilter.UNREAD))).isEqualTo(3);
    }

    @OnEveryBackend
    void pagesByIdInEitherOrder(Backend backend) {
        World w = world(backend);
        ItemQuery page = ItemQuery.of(w.ana().id(), new ArticleScope.Subscribed(), 2);

        List<ItemRef> first = w.items().refs(page);
        List<ItemRef> second = w.items().refs(page.idsBetween(null, first.getLast().articleId()));
        List<ItemRef> oldest = w.items().refs(page.oldestFirst(true).idsBetween(w.as().get(1), null));

        assertThat(ids(first)).containsExactly(w.as().get(4), w.as().get(3));
        assertThat(ids(second)).containsExactly(w.as().get(2), w.as().get(1));
        assertThat(ids(oldest)).containsExactly(w.as().get(2), w.as().get(3));
        assertThat(w.items().count(page.idsBetween(null, w.as().get(1)))).isEqualTo(5);
    }

    @OnEveryBackend
    void aReaderOpensOnlyArticlesOfTheirSourcesOrStarred(Backend backend) {
        World w = world(backend);
        List<Long> everything = new ArrayList<>(w.as());
        everything.addAll(w.bs());

        assertThat(w.items().visibleIds(w.ben().id(), everything)).containsExactlyElementsOf(w.bs());
        assertThat(w.items().visible(w.ben().id(), everything)).extracting(ReadingItem::id)
                .containsExactlyElementsOf(w.bs());
        w.state().star(w.ben().id(), List.of(w.as().getFirst()), at(9));
        assertThat(w.items().visibleIds(w.ben().id(), everything)).contains(w.as().getFirst());
        assertThat(w.items().items(ItemQuery.of(w.ben().id(), new ArticleScope.Starred(), 10)))
                .extracting(ReadingItem::id).containsExactly(w.as().getFirst());
    }

    @OnEveryBackend
    void listsEverySourceInPublicModeAndOneSourceOrFolder(Backend backend) {
        World w = world(backend);

        assertThat(w.items().count(ItemQuery.of(w.ana().id(), new ArticleScope.Everything(), 100))).isEqualTo(7);
        assertThat(w.items().count(ItemQuery.of(w.ana().id(), new ArticleScope.OfSource(w.b().id()), 100)))
                .isEqualTo(2);
        assertThat(w.items().count(ItemQuery.of(w.ana().id(), new ArticleScope.Articles(List.of()), 100))).isZero();
    }

    @OnEveryBackend
    void theSharedListingLeavesOutTheSourcesAReaderHides(Backend backend) {
        World w = world(backend);
        new SubscriptionStore(w.database()).hide(w.ana().id(), w.b().id());

        assertThat(w.items().refs(ItemQuery.of(w.ana().id(), new ArticleScope.Everything(), 100)))
                .extracting(ItemRef::sourceId).containsOnly(w.a().id()).hasSize(5);
        assertThat(w.items().count(ItemQuery.of(w.ben().id(), new ArticleScope.Everything(), 100))).isEqualTo(7);
        w.state().markAllRead(w.ana().id(), new ArticleScope.Everything(), at(60));
        assertThat(w.state().countUnread(w.ana().id(), new ArticleScope.OfSource(w.b().id()))).isEqualTo(2);
    }

    @OnEveryBackend
    void leavesOutReadUnstarredArticlesFetchedBeforeTheReadCutoff(Backend backend) {
        World w = world(backend);
        long reader = w.ana().id();
        // a1, a2 and a4 read; a2 starred too. The cut-off at minute 3 retires a1 only: a2 is starred, a3 unread,
        // a4 fetched after it.
        w.state().markRead(reader, List.of(w.as().get(0), w.as().get(1), w.as().get(3)));
        w.state().star(reader, List.of(w.as().get(1)), at(9));
        ItemQuery all = ItemQuery.of(reader, new ArticleScope.Subscribed(), 100).keepingReadFrom(at(3));

        assertThat(ids(w.items().refs(all))).containsExactly(w.as().get(4), w.as().get(3), w.as().get(2),
                w.as().get(1));
        assertThat(w.items().items(all.withReadFilter(ReadFilter.READ))).extracting(ReadingItem::id)
                .containsExactly(w.as().get(3), w.as().get(1));
        assertThat(w.items().count(all)).isEqualTo(4);
        assertThat(w.items().count(all.keepingReadFrom(null))).isEqualTo(5);
        assertThat(w.items().count(ItemQuery.of(w.ben().id(), new ArticleScope.Everything(), 100)
                .keepingReadFrom(at(3)))).isEqualTo(7);
    }

    @OnEveryBackend
    void pagesThroughTenThousandArticles(Backend backend) {
        World w = world(backend);
        List<Long> bulk = Bulk.insertArticles(w.database(), w.a().id(), 10_000, at(10));
        ItemQuery page = ItemQuery.of(w.ana().id(), new ArticleScope.OfSource(w.a().id()), 1000).oldestFirst(true);

        List<Long> seen = new ArrayList<>();
        Long after = w.as().getLast();
        while (true) {
            List<ItemRef> refs = w.items().refs(page.idsBetween(after, null));
            if (refs.isEmpty()) break;
            seen.addAll(ids(refs));
            after = refs.getLast().articleId();
        }

        assertThat(seen).containsExactlyElementsOf(bulk);
    }

    private static List<Long> ids(List<ItemRef> refs) {
        return refs.stream().map(ItemRef::articleId).toList();
    }
}
