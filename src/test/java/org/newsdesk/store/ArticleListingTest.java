package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.newsdesk.domain.Article;

class ArticleListingTest extends BackendTest {
    private ArticleStore articles;
    private Database articlesDatabase;
    private SourceStore sources;

    private long openOn(Backend backend) {
        Database database = open(backend);
        articlesDatabase = database;
        articles = new ArticleStore(database);
        sources = new SourceStore(database);
        return sources.add("https://example.org/feed", null, "Example", null, polling(T0)).id();
    }

    /** Stores an article published at minute {@code minute}, or undated and fetched then when negative. */
    private long store(long sourceId, String identity, int minute, boolean published) {
        return articles.insert(published
                ? Samples.article(sourceId, identity, Samples.publishedContent(identity, at(minute)), at(1_000))
                : Samples.article(sourceId, identity, Samples.minimalContent(identity), at(minute))).id();
    }

    @OnEveryBackend
    void teasersGiveTheStandfirstOrTheOpeningOfTheBodyInTheOrderAsked(Backend backend) {
        long sourceId = openOn(backend);
        Article full = articles.insert(Samples.article(sourceId, "full", Samples.fullContent(), at(5)));
        String body = "Ä".repeat(700);
        Article plain = articles.insert(Samples.article(sourceId, "plain", new org.newsdesk.domain.ArticleContent(
                "Plain", List.of(), null, null, null, null, null, null, null, "<p>" + body + "</p>", body, List.of(),
                null, List.of()), at(7)));
        ArticleListing listing = new ArticleListing(articlesDatabase);

        List<ArticleTeaser> teasers = listing.teasers(List.of(plain.id(), 999_999L, full.id(), plain.id()));

        assertThat(teasers).containsExactly(
                new ArticleTeaser(plain.id(), sourceId, "Plain", at(7), "Ä".repeat(600), null),
                new ArticleTeaser(full.id(), sourceId, full.title(), full.shownAt(), "Un chapeau : ligne d'accroche ✓",
                        "https://img.example.org/ciel.jpg"));
    }

    @OnEveryBackend
    void teasersOfMoreArticlesThanTheSmallestStatementTakesComeOnceEachInTheOrderAsked(Backend backend) {
        long sourceId = openOn(backend);
        List<Long> ids = new ArrayList<>();
        for (int minute = 1; minute <= 7; minute++) ids.add(store(sourceId, "a" + minute, minute, true));
        List<Long> asked = List.of(ids.get(6), ids.get(0), 999_999L, ids.get(3), ids.get(6), ids.get(5), ids.get(1),
                ids.get(2), ids.get(4));

        List<ArticleTeaser> teasers = new ArticleListing(articlesDatabase).teasers(asked);

        assertThat(teasers).extracting(ArticleTeaser::id)
                .containsExactly(ids.get(6), ids.get(0), ids.get(3), ids.get(5), ids.get(1), ids.get(2), ids.get(4));
        assertThat(teasers).extracting(ArticleTeaser::title).containsExactly("a7", "a1", "a4", "a6", "a2", "a3", "a5");
    }

    @OnEveryBackend
    void newestPagesByShownAtWithTheLastTimeAsCursor(Backend backend) {
        long sourceId = openOn(backend);
        store(sourceId, "p10", 10, true);
        store(sourceId, "f20", 20, false);
        store(sourceId, "p30", 30, true);
        store(sourceId, "f40", 40, false);
        store(sourceId, "p50", 50, true);

        List<Article> first = articles.newest(2, null);
        List<Article> second = articles.newest(2, first.getLast().shownAt());
        List<Article> third = articles.newest(2, second.getLast().shownAt());

        assertThat(first).extracting(Article::identity).containsExactly("p50", "f40");
        assertThat(second).extracting(Article::identity).containsExactly("p30", "f20");
        assertThat(third).extracting(Article::identity).containsExactly("p10");
        assertThat(articles.newest(2, third.getLast().shownAt())).isEmpty();
        assertThat(first).extracting(Article::shownAt).containsExactly(at(50), at(40));
    }

    @OnEveryBackend
    void aCursorBetweenMillisecondsKeepsTheEarlierMillisecond(Backend backend) {
        long sourceId = openOn(backend);
        store(sourceId, "p10", 10, true);

        assertThat(articles.newest(5, at(10).plusNanos(1))).extracting(Article::identity).containsExactly("p10");
        assertThat(articles.newest(5, at(10))).isEmpty();
    }

    @OnEveryBackend
    void pagingAfterTheLastArticleLosesNoneThatShareATime(Backend backend) {
        long sourceId = openOn(backend);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) ids.add(store(sourceId, "same" + i, 10, true));
        ids.add(store(sourceId, "older", 5, true));

        List<Long> seen = new ArrayList<>();
        List<Article> page = articles.newest(2, null);
        while (!page.isEmpty()) {
            page.forEach(article -> seen.add(article.id()));
            page = articles.newestAfter(2, page.getLast());
        }

        assertThat(seen).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0), ids.get(5));
    }

    @OnEveryBackend
    void bySourceListsOnlyThatSourceNewestFirst(Backend backend) {
        long a = openOn(backend);
        long b = sources.add("https://b.example/feed", null, "B", null, polling(T0)).id();
        store(a, "a1", 1, true);
        store(b, "b2", 2, true);
        store(a, "a3", 3, false);
        store(a, "a4", 4, true);

        assertThat(articles.bySource(a, 10)).extracting(Article::identity).containsExactly("a4", "a3", "a1");
        assertThat(articles.bySource(a, 2)).extracting(Article::identity).containsExactly("a4", "a3");
        assertThat(articles.bySource(b, 10)).extracting(Article::identity).containsExactly("b2");
    }

    @OnEveryBackend
    void forEachVisitsEveryArticleInIdOrderBatchByBatch(Backend backend) {
        long sourceId = openOn(backend);
        List<Long> ids = IntStream.range(0, 2_500)
                .mapToObj(i -> articles.insert(Samples.article(sourceId, "n" + i)).id())
                .toList();

        List<Long> visited = new ArrayList<>();
        articles.forEach(1_000, article -> {
            visited.add(article.id());
            // Writing from inside the walk shows no connection or transaction is held across a batch.
            if (visited.size() == 1_500) articles.insert(Samples.article(sourceId, "added-during-walk"));
        });

        long added = articles.findByIdentity(sourceId, "added-during-walk").orElseThrow().id();
        List<Long> expected = new ArrayList<>(ids);
        expected.add(added);
        assertThat(visited).containsExactlyElementsOf(expected);
        assertThat(articles.count()).isEqualTo(2_501);
    }

    @OnEveryBackend
    void forEachOverNoArticlesDoesNothing(Backend backend) {
        openOn(backend);
        List<Article> visited = new ArrayList<>();

        articles.forEach(10, visited::add);

        assertThat(visited).isEmpty();
    }

    @OnEveryBackend
    void forEachStopsAfterAnExactlyFullLastBatch(Backend backend) {
        long sourceId = openOn(backend);
        List<Long> ids = LongStream.range(0, 6)
                .mapToObj(i -> articles.insert(Samples.article(sourceId, "n" + i)).id())
                .toList();
        List<Long> visited = new ArrayList<>();

        articles.forEach(3, article -> visited.add(article.id()));

        assertThat(visited).containsExactlyElementsOf(ids);
    }

    @OnEveryBackend
    void newestOnAnEmptyStoreIsEmpty(Backend backend) {
        openOn(backend);

        assertThat(articles.newest(10, null)).isEmpty();
        assertThat(articles.newest(10, Instant.EPOCH)).isEmpty();
    }
}
