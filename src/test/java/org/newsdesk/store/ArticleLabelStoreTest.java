package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import java.util.List;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ContentOrigin;
import org.newsdesk.domain.NewArticle;

class ArticleLabelStoreTest extends BackendTest {

    private static NewArticle article(long source, String id, int minute, List<String> categories, List<String> tags) {
        ArticleContent content = new ArticleContent("Article " + id, List.of(), at(minute), null, null, null, null,
                null, null, "", "", tags, null, List.of());
        return new NewArticle(source, "https://example.org/" + id, id, ContentOrigin.FEED, at(minute), categories, content);
    }

    @OnEveryBackend
    void findsArticlesByExactCategoryAndTagNewestFirstOnBothBackends(Backend backend) {
        Database database = open(backend);
        long source = new SourceStore(database).add("https://a.example/feed", null, "A", null, polling(T0)).id();
        ArticleStore articles = new ArticleStore(database);
        long world = articles.insert(article(source, "1", 1, List.of("World", "Europe"), List.of("climate"))).id();
        articles.insert(article(source, "2", 2, List.of("world"), List.of("Climate")));
        long later = articles.insert(article(source, "3", 3, List.of("World"), List.of("100%_sure", "climate"))).id();
        articles.insert(article(source, "4", 4, List.of("World news"), List.of("climate change")));
        articles.insert(article(source, "5", 5, List.of("Wörld \"quoted\""), List.of()));
        ArticleLabelStore labels = new ArticleLabelStore(database);

        assertThat(labels.newestInCategory("World", 10)).extracting(Article::id).containsExactly(later, world);
        assertThat(labels.newestInCategory("World", 1)).extracting(Article::id).containsExactly(later);
        assertThat(labels.newestWithTag("climate", 10)).extracting(Article::id).containsExactly(later, world);
        assertThat(labels.newestWithTag("100%_sure", 10)).extracting(Article::id).containsExactly(later);
        assertThat(labels.newestWithTag("100%", 10)).isEmpty();
        assertThat(labels.newestInCategory("Wörld \"quoted\"", 10)).hasSize(1);
        assertThat(labels.newestInCategory("Nothing", 10)).isEmpty();
    }

    @OnEveryBackend
    void pagesPastManyCandidatesThatDifferOnlyInCase(Backend backend) {
        Database database = open(backend);
        long source = new SourceStore(database).add("https://a.example/feed", null, "A", null, polling(T0)).id();
        ArticleStore articles = new ArticleStore(database);
        long old = articles.insert(article(source, "old", 1, List.of("Sport"), List.of())).id();
        for (int i = 0; i < 450; i++) articles.insert(article(source, "n" + i, 10 + i, List.of("SPORT"), List.of()));

        assertThat(new ArticleLabelStore(database).newestInCategory("Sport", 5)).extracting(Article::id)
                .containsExactly(old);
    }
}
