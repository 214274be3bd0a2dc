package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import java.util.List;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ContentOrigin;
import org.newsdesk.domain.Image;
import org.newsdesk.domain.NewArticle;
import org.newsdesk.domain.RelatedLink;
import org.newsdesk.store.StoreException.Reason;

class ArticleStoreTest extends BackendTest {
    private Database database;
    private SourceStore sources;
    private ArticleStore articles;

    /** Opens a fresh database on the backend and adds a first source to it. */
    private long source(Backend backend, String feedUrl) {
        database = open(backend);
        sources = new SourceStore(database);
        articles = new ArticleStore(database);
        return source(feedUrl);
    }

    private long source(String feedUrl) {
        return sources.add(feedUrl, null, "Source", null, polling(T0)).id();
    }

    @OnEveryBackend
    void keepsEveryFieldOfAnArticleExactly(Backend backend) {
        long sourceId = source(backend, "https://example.org/feed");
        NewArticle article = new NewArticle(sourceId, "https://example.org/ciel", "urn:uuid:42 ☁",
                ContentOrigin.FEED, at(3), List.of("Monde", "Météo 🌦"), Samples.fullContent());

        Article stored = articles.insert(article);

        Article expected = new Article(stored.id(), sourceId, "https://example.org/ciel", "urn:uuid:42 ☁",
                ContentOrigin.FEED, at(3), 1, List.of("Monde", "Météo 🌦"), Samples.fullContent());
        assertThat(stored).isEqualTo(expected);
        assertThat(articles.find(stored.id())).contains(expected);
        assertThat(articles.findByIdentity(sourceId, "urn:uuid:42 ☁")).contains(expected);
    }

    @OnEveryBackend
    void keepsNullsAndEmptyListsAsNullsAndEmptyLists(Backend backend) {
        long sourceId = source(backend, "https://example.org/feed");
        ArticleContent minimal = Samples.minimalContent("");
        NewArticle article = new NewArticle(sourceId, "https://example.org/a", "a", ContentOrigin.PAGE, T0,
                List.of(), minimal);

        Article stored = articles.insert(article);

        assertThat(articles.find(stored.id())).contains(
                new Article(stored.id(), sourceId, "https://example.org/a", "a", ContentOrigin.PAGE, T0, 1,
                        List.of(), minimal));
    }

    @OnEveryBackend
    void keepsAnImageWithoutCaptionOrCreditAndEmptyStrings(Backend backend) {
        long sourceId = source(backend, "https://example.org/feed");
        ArticleContent content = new ArticleContent(" ", List.of(""), null, T0, "", "", "", new Image("i.jpg", null,
                null), "", "", "", List.of(" "), "", List.of(new RelatedLink("", "")));

        Article stored = articles.insert(Samples.article(sourceId, "x", content, T0));

        assertThat(articles.find(stored.id()).orElseThrow().content()).isEqualTo(content);
    }

    @OnEveryBackend
    void dropsNulCharactersOnBothBackends(Backend backend) {
        long sourceId = source(backend, "https://example.org/feed");
        ArticleContent withNul = new ArticleContent("Ti\0tle", List.of("A\0B"), null, null, null, null, null, null,
                null, "<p>x\0</p>", "x\0", List.of(), "\0", List.of());

        Article stored = articles.insert(Samples.article(sourceId, "nul", withNul, T0));

        assertThat(stored.content()).isEqualTo(new ArticleContent("Title", List.of("AB"), null, null, null, null,
                null, null, null, "<p>x</p>", "x", List.of(), "", List.of()));
    }

    @OnEveryBackend
    void storingAnIdentityTwiceInOneSourceFailsAsDuplicate(Backend backend) {
        long sourceId = source(backend, "https://example.org/feed");
        articles.insert(Samples.article(sourceId, "guid-1"));

        assertThatThrownBy(() -> articles.insert(Samples.article(sourceId, "guid-1", Samples.minimalContent("Other"),
                at(5))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DUPLICATE))
                .hasMessage("source " + sourceId + " already has an article with the identity guid-1");
        assertThat(articles.count()).isEqualTo(1);
    }

    @OnEveryBackend
    void theSameIdentityMayComeFromTwoSources(Backend backend) {
        long first = source(backend, "https://example.org/feed");
        long second = source("https://example.com/feed");

        Article a = articles.insert(Samples.article(first, "shared"));
        Article b = articles.insert(Samples.article(second, "shared"));

        assertThat(articles.findByIdentity(first, "shared")).contains(a);
        assertThat(articles.findByIdentity(second, "shared")).contains(b);
        assertThat(articles.findByIdentity(second, "other")).isEmpty();
    }

    @OnEveryBackend
    void storingForAMissingSourceFailsAsNotFound(Backend backend) {
        source(backend, "https://example.org/feed");

        assertThatThrownBy(() -> articles.insert(Samples.article(999, "x")))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
                .hasMessage("there is no source 999 to store the article https://example.org/x");
    }

    @OnEveryBackend
    void findsByLinkOrCanonicalUrlAcrossSources(Backend backend) {
        long sourceId = source(backend, "https://example.org/feed");
        ArticleContent canonical = new ArticleContent("Canonical", List.of(), null, null, null, null,
                "https://news.example/story", null, null, "", "", List.of(), null, List.of());
        Article withCanonical = articles.insert(new NewArticle(sourceId, "https://example.org/amp/story?utm=x",
                "s1", ContentOrigin.PAGE, T0, List.of(), canonical));
        Article plain = articles.insert(Samples.article(sourceId, "plain"));

        assertThat(articles.findByUrl("https://news.example/story")).contains(withCanonical);
        assertThat(articles.findByUrl("https://example.org/amp/story?utm=x")).contains(withCanonical);
        assertThat(articles.findByUrl("https://example.org/plain")).contains(plain);
        assertThat(articles.findByUrl("https://example.org/none")).isEmpty();
    }

    @OnEveryBackend
    void findsManyArticlesInTheOrderAskedLeavingOutThoseMissing(Backend backend) {
        long sourceId = source(backend, "https://example.org/feed");
        Article first = articles.insert(Samples.article(sourceId, "first"));
        Article second = articles.insert(Samples.article(sourceId, "second"));
        Article third = articles.insert(Samples.article(sourceId, "third"));

        assertThat(articles.findAll(List.of(third.id(), 999_999L, first.id(), third.id()))).containsExactly(third, first);
        assertThat(articles.findAll(List.of(second.id()))).containsExactly(second);
        assertThat(articles.findAll(List.of())).isEmpty();
    }

    @OnEveryBackend
    void countsArticlesInAllAndBySource(Backend backend) {
        long a = source(backend, "https://a.example/feed");
        long b = source("https://b.example/feed");
        long first = articles.insert(Samples.article(a, "1")).id();
        long second = articles.insert(Samples.article(a, "2")).id();
        articles.insert(Samples.article(b, "3"));

        assertThat(articles.count()).isEqualTo(3);
        assertThat(articles.countBySource(a)).isEqualTo(2);
        assertThat(articles.countBySource(b)).isEqualTo(1);
        assertThat(articles.countBySource(777)).isZero();
        assertThat(articles.idsOfSource(a)).containsExactly(first, second);
    }

    @OnEveryBackend
    void refusesALinkTooLongToIndex(Backend backend) {
        long sourceId = source(backend, "https://example.org/feed");
        String longUrl = "https://example.org/" + "a".repeat(2_000);

        assertThatThrownBy(() -> articles.insert(new NewArticle(sourceId, longUrl, "id", ContentOrigin.PAGE, T0,
                List.of(), Samples.minimalContent("Long"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the article URL is 2020 bytes long; the store keeps up to 2000 bytes: ");
    }

    @OnEveryBackend
    void aListThatIsNotJsonReadsAsCorrupt(Backend backend) {
        long sourceId = source(backend, "https://example.org/feed");
        long id = articles.insert(Samples.article(sourceId, "a")).id();
        database.write("spoiling the tags", handle ->
                handle.createUpdate("UPDATE articles SET tags = 'news, world'").execute());

        assertThatThrownBy(() -> articles.find(id))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT))
                .hasMessage("the tags of article " + id + " is not a JSON list as Newsdesk writes it: news, world");
    }
}
