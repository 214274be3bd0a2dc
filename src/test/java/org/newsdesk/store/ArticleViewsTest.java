package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import java.util.List;
import java.util.Map;
import org.newsdesk.domain.Annotations;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.Quote;
import org.newsdesk.domain.StoryMember;

class ArticleViewsTest extends BackendTest {

    @OnEveryBackend
    void readsAnArticleWithItsKeptRelatedArticlesAnnotationsAndStory(Backend backend) {
        Database database = open(backend);
        ArticleStore articles = new ArticleStore(database);
        AnnotationStore annotations = new AnnotationStore(database, articles);
        ArticleViews views = new ArticleViews(database, annotations);
        long source = new SourceStore(database).add("https://a.example.org/feed", null, "A", null, polling(T0)).id();
        Article article = articles.insert(Samples.article(source, "one", Samples.publishedContent("One", at(5)), at(6)));
        Article original = articles.insert(Samples.article(source, "two", Samples.publishedContent("Two", at(3)), at(6)));
        Article third = articles.insert(Samples.article(source, "three", Samples.publishedContent("Three", at(4)), at(6)));
        Annotations found = new Annotations("en", List.of(), List.of("port"), List.of("Business"),
                List.of(new Quote("Ann Lee", "We stay.", "said", false)), List.of("One."), new float[] {0.5f});
        annotations.save(article.id(), found);
        new RelatedStore(database).keep(Map.of(article.id(), List.of(third.id(), 999_999L, original.id())), T0);
        database.write("placing", handle -> handle.execute("INSERT INTO article_stories (article_id, story_key, copy_of, "
                + "pinned) VALUES (?, 'story-1', ?, 0)", article.id(), original.id()));

        ArticleViews.ArticleView view = views.find(article.id(), 2).orElseThrow();

        assertThat(view.article()).isEqualTo(article);
        assertThat(view.related()).containsExactly(third.id(), 999_999L, original.id());
        assertThat(view.relatedTeasers()).containsExactly(
                new ArticleTeaser(third.id(), source, "Three", at(4), "Three", null));
        assertThat(view.annotations()).isEqualTo(found);
        assertThat(view.member()).isEqualTo(new StoryMember(article.id(), "story-1", original.id()));
    }

    @OnEveryBackend
    void readsAPlainArticleAndNothingForAnArticleThatIsNot(Backend backend) {
        Database database = open(backend);
        ArticleStore articles = new ArticleStore(database);
        ArticleViews views = new ArticleViews(database, new AnnotationStore(database, articles));
        long source = new SourceStore(database).add("https://a.example.org/feed", null, "A", null, polling(T0)).id();
        Article article = articles.insert(Samples.article(source, "one"));

        assertThat(views.find(article.id(), 5)).contains(new ArticleViews.ArticleView(article, null, List.of(), null, null));
        assertThat(views.find(999_999, 5)).isEmpty();
    }
}
