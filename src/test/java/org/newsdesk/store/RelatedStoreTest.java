package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.polling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class RelatedStoreTest extends BackendTest {
    private SourceStore sources;
    private ArticleStore articles;
    private RelatedStore related;

    private long source(Backend backend) {
        Database database = open(backend);
        sources = new SourceStore(database);
        articles = new ArticleStore(database);
        related = new RelatedStore(database);
        return sources.add("https://example.org/feed", null, "Source", null, polling(T0)).id();
    }

    private List<Long> articles(long sourceId, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) ids.add(articles.insert(Samples.article(sourceId, "a" + ids.size() + "-" + sourceId)).id());
        return ids;
    }

    @OnEveryBackend
    void keepsAListBestFirstAndReplacesItWhenFoundAgain(Backend backend) {
        List<Long> ids = articles(source(backend), 4);

        related.keep(Map.of(ids.get(0), List.of(ids.get(2), ids.get(1))), T0);
        assertThat(related.find(ids.get(0))).contains(List.of(ids.get(2), ids.get(1)));

        related.keep(Map.of(ids.get(0), List.of(ids.get(3), ids.get(2), ids.get(1))), T0.plusSeconds(60));
        assertThat(related.find(ids.get(0))).contains(List.of(ids.get(3), ids.get(2), ids.get(1)));
    }

    @OnEveryBackend
    void tellsAnEmptyListFoundApartFromNoneFoundYet(Backend backend) {
        List<Long> ids = articles(source(backend), 2);

        related.keep(Map.of(ids.get(0), List.of()), T0);

        assertThat(related.find(ids.get(0))).contains(List.of());
        assertThat(related.find(ids.get(1))).isEmpty();
    }

    @OnEveryBackend
    void listsTheArticlesWithoutAListInIdOrderFromACursor(Backend backend) {
        List<Long> ids = articles(source(backend), 5);
        related.keep(Map.of(ids.get(1), List.of(ids.get(0)), ids.get(3), List.of(ids.get(0))), T0);

        assertThat(related.withoutRelated(Long.MIN_VALUE, 2)).containsExactly(ids.get(0), ids.get(2));
        assertThat(related.withoutRelated(ids.get(2), 10)).containsExactly(ids.get(4));
        assertThat(related.countWithoutRelated()).isEqualTo(3);
    }

    @OnEveryBackend
    void skipsAnArticleRemovedBeforeItsListIsKeptAndDropsAListWithItsArticle(Backend backend) {
        long first = source(backend);
        long second = sources.add("https://example.org/other", null, "Other", null, polling(T0)).id();
        List<Long> kept = articles(first, 1);
        List<Long> removed = articles(second, 1);
        related.keep(Map.of(removed.getFirst(), List.of(kept.getFirst())), T0);
        sources.remove(second);

        Map<Long, List<Long>> lists = new LinkedHashMap<>();
        lists.put(removed.getFirst(), List.of(kept.getFirst()));
        lists.put(kept.getFirst(), List.of(removed.getFirst()));
        related.keep(lists, T0);

        assertThat(related.find(removed.getFirst())).isEmpty();
        assertThat(related.find(kept.getFirst())).contains(List.of(removed.getFirst()));
        assertThat(related.countWithoutRelated()).isZero();
    }

    @OnEveryBackend
    void refusesAListLongerThanAHundred(Backend backend) {
        List<Long> ids = articles(source(backend), 1);
        List<Long> long101 = new ArrayList<>();
        for (long i = 0; i < 101; i++) long101.add(i);

        assertThatThrownBy(() -> related.keep(Map.of(ids.getFirst(), long101), T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at most 100 related articles are kept, article " + ids.getFirst() + " has 101");
    }
}
