package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import java.util.List;
import org.newsdesk.domain.Annotations;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.domain.Entity;
import org.newsdesk.domain.EntityType;
import org.newsdesk.domain.LabelKind;
import org.newsdesk.domain.Quote;

class AnnotationStoreTest extends BackendTest {

    @OnEveryBackend
    void keepsAnnotationsExactlyAndMakesTheirTagsAndCategoriesLabels(Backend backend) {
        Database database = open(backend);
        ArticleStore articles = new ArticleStore(database);
        AnnotationStore annotations = new AnnotationStore(database, articles);
        ArticleListing listing = new ArticleListing(database);
        long source = new SourceStore(database).add("https://a.example.org/feed", null, "A", null, polling(T0)).id();
        Article article = articles.insert(Samples.article(source, "one", Samples.publishedContent("One", at(5)), at(6)));
        Annotations a = new Annotations("en",
                List.of(new Entity("Rosa Delgado", EntityType.PERSON, 3, List.of("Delgado")), new Entity("Millbrook", EntityType.PLACE, 2, List.of())),
                List.of("rosa-delgado", "millbrook"), List.of("Politics", "Aldercoast"),
                List.of(new Quote("Rosa Delgado", "We won “together”.", "said", false), new Quote("Rosa Delgado", "the bridge comes first", "said", true)),
                List.of("Delgado won.", "The bridge mattered."), new float[] {0.25f, -1f, 3.5e-7f});

        annotations.save(article.id(), a);
        annotations.save(article.id(), a); // saving again replaces, never doubles

        assertThat(annotations.find(article.id())).contains(a);
        assertThat(annotations.quotesBy("rosa delgado", 10)).extracting(q -> q.quote().text())
                .containsExactly("We won “together”.", "the bridge comes first");
        assertThat(listing.count(ArticleFilter.tag("Rosa Delgado"))).isEqualTo(1);
        assertThat(listing.count(ArticleFilter.category("politics"))).isEqualTo(1);
        assertThat(listing.labels(LabelKind.TAG, 10)).extracting(l -> l.count()).containsOnly(1L);
    }
}
