package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import java.time.Instant;
import java.util.List;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ArticleVersion;
import org.newsdesk.domain.ContentOrigin;
import org.newsdesk.domain.NewArticle;
import org.newsdesk.store.StoreException.Reason;

class ArticleVersionsTest extends BackendTest {
    private ArticleStore articles;
    private long sourceId;

    private void openOn(Backend backend) {
        Database database = open(backend);
        articles = new ArticleStore(database);
        sourceId = new SourceStore(database).add("https://example.org/feed", null, "Example", null, polling(T0)).id();
    }

    @OnEveryBackend
    void reviseKeepsEachEarlierTextAsAVersionOldestFirst(Backend backend) {
        openOn(backend);
        ArticleContent first = Samples.minimalContent("First text");
        ArticleContent second = Samples.fullContent();
        ArticleContent third = Samples.publishedContent("Third text", at(-90));
        Article stored = articles.insert(new NewArticle(sourceId, "https://example.org/a", "a", ContentOrigin.FEED,
                at(0), List.of("World"), first));

        articles.revise(stored.id(), second, ContentOrigin.PAGE, at(10));
        Article revised = articles.revise(stored.id(), third, ContentOrigin.PAGE, at(20));

        assertThat(revised).isEqualTo(new Article(stored.id(), sourceId, "https://example.org/a", "a",
                ContentOrigin.PAGE, at(0), 3, List.of("World"), third));
        assertThat(articles.find(stored.id())).contains(revised);
        assertThat(articles.versions(stored.id())).containsExactly(
                new ArticleVersion(stored.id(), 1, at(0), first),
                new ArticleVersion(stored.id(), 2, at(10), second));
    }

    @OnEveryBackend
    void anArticleNeverRevisedHasNoVersions(Backend backend) {
        openOn(backend);
        Article stored = articles.insert(Samples.article(sourceId, "a"));

        assertThat(articles.versions(stored.id())).isEmpty();
        assertThat(articles.versions(stored.id() + 100)).isEmpty();
    }

    @OnEveryBackend
    void anUndatedArticleKeepsItsPlaceWhenRevisedAndADatedOneMovesToItsDate(Backend backend) {
        openOn(backend);
        Article undated = articles.insert(Samples.article(sourceId, "undated", Samples.minimalContent("U"), at(0)));
        Article other = articles.insert(Samples.article(sourceId, "other", Samples.minimalContent("O"), at(5)));

        Article stillUndated = articles.revise(undated.id(), Samples.minimalContent("U2"), ContentOrigin.PAGE, at(60));
        assertThat(stillUndated.shownAt()).isEqualTo(at(0));
        assertThat(articles.newest(10, null)).extracting(Article::id).containsExactly(other.id(), undated.id());

        Instant published = at(30);
        Article dated = articles.revise(undated.id(), Samples.publishedContent("U3", published), ContentOrigin.PAGE,
                at(61));
        assertThat(dated.shownAt()).isEqualTo(published);
        assertThat(articles.newest(10, null)).extracting(Article::id).containsExactly(undated.id(), other.id());
        assertThat(articles.newest(10, at(30))).extracting(Article::id).containsExactly(other.id());
    }

    @OnEveryBackend
    void revisingAMissingArticleFailsAsNotFound(Backend backend) {
        openOn(backend);

        assertThatThrownBy(() -> articles.revise(404, Samples.minimalContent("x"), ContentOrigin.PAGE, T0))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
                .hasMessage("there is no article 404");
    }
}
