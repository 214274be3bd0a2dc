package org.newsdesk.search;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ContentOrigin;

/** Builds articles for search tests, with only what the index reads. */
final class TestArticle {

    private final long id;
    private final long sourceId;
    private String title = "Untitled";
    private String body = "";
    private List<String> authors = List.of();
    private List<String> categories = List.of();
    private List<String> tags = List.of();
    private @Nullable String language = "en";
    private Instant published = Instant.parse("2026-11-20T10:00:00Z");

    private TestArticle(long id, long sourceId) {
        this.id = id;
        this.sourceId = sourceId;
    }

    static TestArticle of(long id, long sourceId) {
        return new TestArticle(id, sourceId);
    }

    TestArticle title(String value) {
        title = value;
        return this;
    }

    TestArticle body(String value) {
        body = value;
        return this;
    }

    TestArticle by(String... names) {
        authors = List.of(names);
        return this;
    }

    TestArticle categories(String... values) {
        categories = List.of(values);
        return this;
    }

    TestArticle tags(String... values) {
        tags = List.of(values);
        return this;
    }

    TestArticle language(@Nullable String value) {
        language = value;
        return this;
    }

    TestArticle published(String instant) {
        published = Instant.parse(instant);
        return this;
    }

    Article build() {
        ArticleContent content = new ArticleContent(title, authors, published, null, null, language, null, null, null,
                "<p>" + body + "</p>", body, tags, null, List.of());
        return new Article(id, sourceId, "https://example.org/" + id, "guid-" + id, ContentOrigin.PAGE,
                published.plusSeconds(600), 1, categories, content);
    }
}
