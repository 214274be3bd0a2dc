package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import java.util.List;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.StoryMember;
import org.newsdesk.domain.StorySummary;

/** A reader's front page and shared pages: only their subscriptions ("My feeds"), never the sources they hide. */
class ReaderSourcesTest extends BackendTest {

    private record World(ArticleListing listing, StoryStore stories, Reader ana, Reader ben, long a, long b, long c) {}

    private World world(Backend backend) {
        Database database = open(backend);
        ReaderStore readers = new ReaderStore(database);
        SourceStore sources = new SourceStore(database);
        ArticleStore articles = new ArticleStore(database);
        SubscriptionStore subscriptions = new SubscriptionStore(database);
        StoryStore stories = new StoryStore(database);
        Reader ana = readers.add("Ana", Role.MEMBER, "h", T0);
        Reader ben = readers.add("Ben", Role.MEMBER, "h", T0);
        long a = sources.add("https://a.example/feed", null, "A", null, polling(T0)).id();
        long b = sources.add("https://b.example/feed", null, "B", null, polling(T0)).id();
        long c = sources.add("https://c.example/feed", null, "C", null, polling(T0)).id();
        int minute = 0;
        for (long source : List.of(a, b, c)) {
            for (int i = 0; i < 2; i++) {
                long id = articles.insert(Samples.article(source, source + "-" + i,
                        Samples.publishedContent("from " + source + " #" + i, at(++minute)), at(100))).id();
                // Story "s<source>" holds the source's articles; story "shared" the first of each.
                stories.assign(new StoryMember(id, i == 0 ? "shared" : "s" + source, null), List.of(), null);
            }
        }
        subscriptions.subscribe(ana.id(), a, null, T0);
        subscriptions.subscribe(ana.id(), b, null, T0);
        subscriptions.hide(ana.id(), b);
        return new World(new ArticleListing(database), stories, ana, ben, a, b, c);
    }

    @OnEveryBackend
    void myFeedsListsOnlySubscribedSourcesThatAreNotHidden(Backend backend) {
        World w = world(backend);
        ReaderSources mine = new ReaderSources(w.ana().id(), true);

        assertThat(w.listing().list(ArticleFilter.ALL, mine, 10, null)).extracting(Article::sourceId)
                .containsExactly(w.a(), w.a());
        assertThat(w.listing().count(ArticleFilter.ALL, mine)).isEqualTo(2);
        assertThat(w.listing().count(ArticleFilter.source(w.c()), mine)).isZero();
    }

    @OnEveryBackend
    void allNewsLeavesOutOnlyHiddenSourcesAndPagesByCursor(Backend backend) {
        World w = world(backend);
        ReaderSources all = new ReaderSources(w.ana().id(), false);

        List<Article> first = w.listing().list(ArticleFilter.ALL, all, 3, null);
        assertThat(first).extracting(Article::sourceId).containsExactly(w.c(), w.c(), w.a());
        assertThat(w.listing().list(ArticleFilter.ALL, all, 3, org.newsdesk.domain.ListingCursor.after(first.getLast())))
                .extracting(Article::sourceId).containsExactly(w.a());
        assertThat(w.listing().count(ArticleFilter.ALL, all)).isEqualTo(4);
        assertThat(w.listing().count(ArticleFilter.ALL, new ReaderSources(w.ben().id(), false))).isEqualTo(6);
        assertThat(w.listing().count(ArticleFilter.ALL, null)).isEqualTo(6);
    }

    @OnEveryBackend
    void ranksOnlyStoriesTheReadersSourcesCover(Backend backend) {
        World w = world(backend);

        assertThat(w.stories().ranked(new ReaderSources(w.ana().id(), true), 10, 1)).extracting(StorySummary::key)
                .containsExactlyInAnyOrder("shared", "s" + w.a());
        assertThat(w.stories().ranked(new ReaderSources(w.ana().id(), false), 10, 1)).extracting(StorySummary::key)
                .containsExactlyInAnyOrder("shared", "s" + w.a(), "s" + w.c());
        assertThat(w.stories().ranked(new ReaderSources(w.ana().id(), true), 10, 3)).extracting(StorySummary::key)
                .containsExactly("shared");
        assertThat(w.stories().ranked(new ReaderSources(w.ben().id(), true), 10, 1)).isEmpty();
    }
}
