package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DetachedIndexTest {

    private final DetachedIndex index = new DetachedIndex();

    @Test
    void refusesEveryReadWhileAnotherProcessHoldsTheIndex() {
        for (Runnable read : new Runnable[] {() -> index.search(SearchQuery.of("x")), () -> index.count(SearchQuery.of("x")),
                () -> index.related(1, 5), () -> index.facets(10)}) {
            assertThatThrownBy(read::run).isInstanceOfSatisfying(SearchException.class,
                    e -> assertThat(e.reason()).isEqualTo(SearchException.Reason.BUSY))
                    .hasMessage("the search index is held by a running Newsdesk");
        }
    }

    @Test
    void leavesWritesToTheProcessThatHoldsTheIndex() {
        index.index(LuceneSearchIndexTest.article(1, 10, "t", "b"), "A");
        index.commit();

        assertThat(index.count()).isZero();
    }
}
