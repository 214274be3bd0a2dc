package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import java.time.Instant;
import java.util.List;
import org.newsdesk.domain.ArticleScope;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.UnreadCount;
import org.newsdesk.store.ReadingStateStore.Footprint;

class ReadingStateStoreTest extends BackendTest {

    /** Ana follows A (in folder News) and B; Ben follows A. A has five articles, B three. */
    private record World(Database database, ReadingStateStore state, Reader ana, Reader ben, Source a, Source b,
                         List<Long> as, List<Long> bs) {}

    private World world(Backend backend) {
        Database database = open(backend);
        ReaderStore readers = new ReaderStore(database);
        SourceStore sources = new SourceStore(database);
        SubscriptionStore subscriptions = new SubscriptionStore(database);
        Reader ana = readers.add("Ana", Role.MEMBER, "h", T0);
        Reader ben = readers.add("Ben", Role.MEMBER, "h", T0);
        Source a = sources.add("https://a.example/feed", null, "A", "World", polling(T0));
        Source b = sources.add("https://b.example/feed", null, "B", "Tech", polling(T0));
        subscriptions.subscribe(ana.id(), a.id(), "News", T0);
        subscriptions.subscribe(ana.id(), b.id(), null, T0);
        subscriptions.subscribe(ben.id(), a.id(), null, T0);
        ArticleStore articles = new ArticleStore(database);
        List<Long> as = List.of(1, 2, 3, 4, 5).stream().map(i -> insert(articles, a, "a" + i, at(i))).toList();
        List<Long> bs = List.of(1, 2, 3).stream().map(i -> insert(articles, b, "b" + i, at(i))).toList();
        return new World(database, new ReadingStateStore(database), ana, ben, a, b, as, bs);
    }

    private static long insert(ArticleStore articles, Source source, String identity, Instant fetchedAt) {
        return articles.insert(Samples.article(source.id(), identity, Samples.minimalContent(identity), fetchedAt)).id();
    }

    @OnEveryBackend
    void everyArticleStartsUnread(Backend backend) {
        World w = world(backend);

        assertThat(w.state().unreadCounts(w.ana().id())).containsExactly(
                new UnreadCount(w.a().id(), 5, at(5)), new UnreadCount(w.b().id(), 3, at(3)));
        assertThat(w.state().footprint(w.ana().id())).isEqualTo(new Footprint(0, 0, 0, 0));
    }

    @OnEveryBackend
    void markingOneArticleReadAddsOneRowAndMarkingItUnreadTakesItAway(Backend backend) {
        World w = world(backend);

        assertThat(w.state().markRead(w.ana().id(), List.of(w.as().get(2), 999_999L))).isEqualTo(1);

        assertThat(w.state().countUnread(w.ana().id(), new ArticleScope.OfSource(w.a().id()))).isEqualTo(4);
        assertThat(w.state().readAmong(w.ana().id(), w.as())).containsExactly(w.as().get(2));
        assertThat(w.state().footprint(w.ana().id())).isEqualTo(new Footprint(0, 1, 0, 0));
        w.state().markUnread(w.ana().id(), List.of(w.as().get(2)));
        assertThat(w.state().footprint(w.ana().id())).isEqualTo(new Footprint(0, 0, 0, 0));
        assertThat(w.state().countUnread(w.ana().id(), new ArticleScope.OfSource(w.a().id()))).isEqualTo(5);
    }

    @OnEveryBackend
    void markingASourceReadMovesOneMarkerAndDropsItsExceptions(Backend backend) {
        World w = world(backend);
        w.state().markRead(w.ana().id(), List.of(w.as().get(1), w.as().get(3)));

        w.state().markAllRead(w.ana().id(), new ArticleScope.OfSource(w.a().id()), at(5));

        assertThat(w.state().countUnread(w.ana().id(), new ArticleScope.OfSource(w.a().id()))).isZero();
        assertThat(w.state().footprint(w.ana().id())).isEqualTo(new Footprint(1, 0, 0, 0));
        assertThat(w.state().unreadCounts(w.ana().id())).containsExactly(new UnreadCount(w.b().id(), 3, at(3)));
    }

    @OnEveryBackend
    void markAllReadLeavesArticlesFetchedAfterTheCutoffAsTheyWere(Backend backend) {
        World w = world(backend);
        w.state().markRead(w.ana().id(), List.of(w.as().get(4)));

        w.state().markAllRead(w.ana().id(), new ArticleScope.OfSource(w.a().id()), at(3));

        assertThat(w.state().readAmong(w.ana().id(), w.as()))
                .containsExactly(w.as().get(0), w.as().get(1), w.as().get(2), w.as().get(4));
        assertThat(w.state().footprint(w.ana().id())).isEqualTo(new Footprint(1, 1, 0, 0));
    }

    @OnEveryBackend
    void anArticleFetchedLateButNumberedEarlyStaysUnreadAsAnException(Backend backend) {
        World w = world(backend);
        ArticleStore articles = new ArticleStore(w.database());
        long late = insert(articles, w.a(), "late", at(9));
        long early = insert(articles, w.a(), "early", at(4));

        w.state().markAllRead(w.ana().id(), new ArticleScope.OfSource(w.a().id()), at(5));

        assertThat(w.state().readAmong(w.ana().id(), List.of(late, early))).containsExactly(early);
        assertThat(w.state().footprint(w.ana().id())).isEqualTo(new Footprint(1, 0, 1, 0));
        w.state().markRead(w.ana().id(), List.of(late));
        assertThat(w.state().footprint(w.ana().id())).isEqualTo(new Footprint(1, 0, 0, 0));
        assertThat(w.state().countUnread(w.ana().id(), new ArticleScope.OfSource(w.a().id()))).isZero();
    }

    @OnEveryBackend
    void markingUnreadBelowTheMarkerAddsAnUnreadException(Backend backend) {
        World w = world(backend);
        w.state().markAllRead(w.ana().id(), new ArticleScope.OfSource(w.a().id()), at(5));

        w.state().markUnread(w.ana().id(), List.of(w.as().get(1)));

        assertThat(w.state().countUnread(w.ana().id(), new ArticleScope.OfSource(w.a().id()))).isEqualTo(1);
        assertThat(w.state().unreadIds(w.ana().id(), 100)).containsExactly(
                w.bs().get(2), w.bs().get(1), w.bs().get(0), w.as().get(1));
        assertThat(w.state().footprint(w.ana().id())).isEqualTo(new Footprint(1, 0, 1, 0));
        w.state().markAllRead(w.ana().id(), new ArticleScope.OfSource(w.a().id()), at(5));
        assertThat(w.state().footprint(w.ana().id())).isEqualTo(new Footprint(1, 0, 0, 0));
    }

    @OnEveryBackend
    void eachReaderKeepsTheirOwnState(Backend backend) {
        World w = world(backend);

        w.state().markAllRead(w.ana().id(), new ArticleScope.Subscribed(), at(10));
        w.state().star(w.ana().id(), List.of(w.as().getFirst()), at(1));

        assertThat(w.state().unreadCounts(w.ana().id())).isEmpty();
        assertThat(w.state().unreadCounts(w.ben().id())).containsExactly(new UnreadCount(w.a().id(), 5, at(5)));
        assertThat(w.state().starredIds(w.ben().id(), 10)).isEmpty();
        assertThat(w.state().footprint(w.ben().id())).isEqualTo(new Footprint(0, 0, 0, 0));
    }

    @OnEveryBackend
    void marksAFolderACategoryOrEverythingRead(Backend backend) {
        World w = world(backend);
        long news = new SubscriptionStore(w.database()).findFolder(w.ana().id(), "News").orElseThrow().id();

        w.state().markAllRead(w.ana().id(), new ArticleScope.InFolder(news), at(10));
        assertThat(w.state().unreadCounts(w.ana().id())).extracting(UnreadCount::sourceId).containsExactly(w.b().id());

        w.state().markAllRead(w.ben().id(), new ArticleScope.InCategory("World"), at(10));
        assertThat(w.state().unreadCounts(w.ben().id())).isEmpty();

        w.state().markAllRead(w.ana().id(), new ArticleScope.Everything(), at(10));
        assertThat(w.state().unreadCounts(w.ana().id())).isEmpty();
    }

    @OnEveryBackend
    void marksTheArticlesOfAStoryOrTheStarredRead(Backend backend) {
        World w = world(backend);
        List<Long> story = List.of(w.as().get(0), w.bs().get(2));
        w.state().star(w.ana().id(), List.of(w.as().get(3)), at(1));

        w.state().markAllRead(w.ana().id(), new ArticleScope.Articles(story), at(10));
        w.state().markAllRead(w.ana().id(), new ArticleScope.Starred(), at(10));

        assertThat(w.state().readAmong(w.ana().id(), List.copyOf(concat(w.as(), w.bs()))))
                .containsExactlyInAnyOrder(w.as().get(0), w.as().get(3), w.bs().get(2));
    }

    @OnEveryBackend
    void starsAndUnstars(Backend backend) {
        World w = world(backend);

        assertThat(w.state().star(w.ana().id(), List.of(w.as().get(0), w.as().get(2), 123_456L), at(1))).isEqualTo(2);
        w.state().star(w.ana().id(), List.of(w.as().get(0)), at(2));

        assertThat(w.state().starredIds(w.ana().id(), 10)).containsExactly(w.as().get(2), w.as().get(0));
        assertThat(w.state().unstar(w.ana().id(), List.of(w.as().get(0)))).isEqualTo(1);
        assertThat(w.state().starredIds(w.ana().id(), 10)).containsExactly(w.as().get(2));
        assertThat(w.state().footprint(w.ana().id())).isEqualTo(new Footprint(0, 0, 0, 1));
    }

    @OnEveryBackend
    void foldingOldStateMarksOldArticlesReadForEveryone(Backend backend) {
        World w = world(backend);
        w.state().markRead(w.ana().id(), List.of(w.as().get(0), w.as().get(4)));
        w.state().markUnread(w.ana().id(), List.of(w.as().get(1)));

        int considered = w.state().foldBefore(at(3));

        assertThat(considered).isEqualTo(3);
        assertThat(w.state().readAmong(w.ana().id(), w.as()))
                .containsExactly(w.as().get(0), w.as().get(1), w.as().get(2), w.as().get(4));
        assertThat(w.state().readAmong(w.ben().id(), w.as())).containsExactly(w.as().get(0), w.as().get(1),
                w.as().get(2));
        assertThat(w.state().footprint(w.ana().id())).isEqualTo(new Footprint(2, 1, 0, 0));
    }

    @OnEveryBackend
    void tenThousandArticlesMarkedReadTakeOneRow(Backend backend) {
        World w = world(backend);
        Bulk.insertArticles(w.database(), w.a().id(), 10_000, at(10));

        w.state().markAllRead(w.ana().id(), new ArticleScope.OfSource(w.a().id()), at(20_000));

        assertThat(w.state().countUnread(w.ana().id(), new ArticleScope.OfSource(w.a().id()))).isZero();
        assertThat(w.state().countUnread(w.ben().id(), new ArticleScope.OfSource(w.a().id()))).isEqualTo(10_005);
        assertThat(w.state().footprint(w.ana().id())).isEqualTo(new Footprint(1, 0, 0, 0));
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
