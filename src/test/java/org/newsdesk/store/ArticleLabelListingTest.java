package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import java.time.LocalDate;
import java.util.List;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.domain.ContentOrigin;
import org.newsdesk.domain.LabelCount;
import org.newsdesk.domain.LabelKind;
import org.newsdesk.domain.ListingCursor;
import org.newsdesk.domain.NewArticle;

class ArticleLabelListingTest extends BackendTest {
    private ArticleStore articles;
    private ArticleListing listing;
    private long a;
    private long b;

    private Database database;

    private void openOn(Backend backend) {
        database = open(backend);
        articles = new ArticleStore(database);
        listing = new ArticleListing(database);
        SourceStore sources = new SourceStore(database);
        a = sources.add("https://a.example.org/feed", null, "A", null, polling(T0)).id();
        b = sources.add("https://b.example.org/feed", null, "B", null, polling(T0)).id();
    }

    private Article store(long source, String title, int minute, List<String> categories, List<String> tags) {
        ArticleContent content = new ArticleContent(title, List.of(), at(minute), null, null, null, null, null, null,
                "<p>x</p>", "x", tags, null, List.of());
        return articles.insert(new NewArticle(source, "https://x.example.org/" + title, title, ContentOrigin.PAGE,
                at(minute), categories, content));
    }

    @OnEveryBackend
    void listsByCategoryWithoutCaseNewestFirst(Backend backend) {
        openOn(backend);
        store(a, "one", 1, List.of("World", "Europe"), List.of());
        store(b, "two", 2, List.of("world"), List.of());
        store(a, "three", 3, List.of("Sports"), List.of());

        assertThat(listing.list(ArticleFilter.category("WORLD"), 10, null)).extracting(Article::title).containsExactly("two", "one");
        assertThat(listing.count(ArticleFilter.category("world"))).isEqualTo(2);
        assertThat(listing.label(LabelKind.CATEGORY, "WORLD")).isEqualTo("World");
        assertThat(listing.label(LabelKind.CATEGORY, "nowhere")).isNull();
    }

    @OnEveryBackend
    void countsLabelsMostUsedFirst(Backend backend) {
        openOn(backend);
        store(a, "one", 1, List.of("World"), List.of("Port strike", "Harbor City"));
        store(b, "two", 2, List.of("World"), List.of("port strike"));

        assertThat(listing.labels(LabelKind.CATEGORY, 10)).containsExactly(new LabelCount("World", 2));
        assertThat(listing.labels(LabelKind.TAG, 10))
                .containsExactly(new LabelCount("Port strike", 2), new LabelCount("Harbor City", 1));
    }

    @OnEveryBackend
    void pagesWithACursorWithoutSkippingTies(Backend backend) {
        openOn(backend);
        Article first = store(a, "first", 5, List.of(), List.of());
        Article second = store(a, "second", 5, List.of(), List.of());
        store(a, "third", 4, List.of(), List.of());

        List<Article> page1 = listing.list(ArticleFilter.ALL, 1, null);
        List<Article> page2 = listing.list(ArticleFilter.ALL, 1, ListingCursor.after(page1.getLast()));
        List<Article> page3 = listing.list(ArticleFilter.ALL, 5, ListingCursor.after(page2.getLast()));

        assertThat(page1).extracting(Article::id).containsExactly(second.id());
        assertThat(page2).extracting(Article::id).containsExactly(first.id());
        assertThat(page3).extracting(Article::title).containsExactly("third");
    }

    @OnEveryBackend
    void filtersBySourceAndCountsPerDay(Backend backend) {
        openOn(backend);
        store(a, "one", 1, List.of(), List.of());
        store(a, "two", 60 * 24 + 1, List.of(), List.of());
        store(b, "three", 2, List.of(), List.of());

        assertThat(listing.list(ArticleFilter.source(a), 10, null)).extracting(Article::title).containsExactly("two", "one");
        LocalDate day0 = LocalDate.ofInstant(at(1), java.time.ZoneOffset.UTC);
        assertThat(listing.perDay(a, at(0).minusSeconds(86_400))).containsExactly(
                new ArticleListing.DayCount(day0, 1), new ArticleListing.DayCount(day0.plusDays(1), 1));
    }

    @OnEveryBackend
    void keepsLabelsInStepWhenAnArticleIsRevised(Backend backend) {
        openOn(backend);
        Article one = store(a, "one", 1, List.of("World"), List.of("Old tag"));
        ArticleContent revised = new ArticleContent("one", List.of(), at(1), null, null, null, null, null, null,
                "<p>y</p>", "y", List.of("New tag"), null, List.of());

        articles.revise(one.id(), revised, ContentOrigin.PAGE, at(9));

        assertThat(listing.count(ArticleFilter.tag("old tag"))).isZero();
        assertThat(listing.count(ArticleFilter.tag("new tag"))).isEqualTo(1);
        assertThat(listing.count(ArticleFilter.category("world"))).isEqualTo(1);
    }

    @OnEveryBackend
    void keepsLabelCountsRightThroughRevisionsAndRemovals(Backend backend) {
        openOn(backend);
        Article one = store(a, "one", 1, List.of("World"), List.of("Port"));
        store(b, "two", 2, List.of("World"), List.of("Port", "Strike"));
        ArticleContent revised = new ArticleContent("one", List.of(), at(1), null, null, null, null, null, null,
                "<p>y</p>", "y", List.of("Strike"), null, List.of());
        articles.revise(one.id(), revised, ContentOrigin.PAGE, at(9));

        assertThat(listing.labels(LabelKind.TAG, 10)).containsExactly(new LabelCount("Strike", 2), new LabelCount("Port", 1));

        new SourceStore(database).remove(b);

        assertThat(listing.labels(LabelKind.TAG, 10)).containsExactly(new LabelCount("Strike", 1));
        assertThat(listing.labels(LabelKind.CATEGORY, 10)).containsExactly(new LabelCount("World", 1));
        assertThat(listing.count(ArticleFilter.category("world"))).isEqualTo(1);
    }
}
