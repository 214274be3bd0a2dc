package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.search.SearchHit;

/** The related articles an article page shows: those kept for it, or, while none are kept, those the index finds. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelatedArticlesPageTest {

    @TempDir
    static Path folder;

    private DemoSite site;
    private List<Article> articles;

    @BeforeAll
    void start() {
        site = new DemoSite(folder);
        articles = site.newsdesk.listing.list(ArticleFilter.ALL, 40, null);
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    void ingestKeepsForEachArticleWhatTheIndexFinds() {
        Article article = articles.get(3);

        List<Long> found = site.newsdesk.index.related(article.id(), 20).stream().map(SearchHit::articleId).toList();

        assertThat(found).isNotEmpty();
        assertThat(site.newsdesk.relatedStore.find(article.id())).contains(found);
        assertThat(related(site.get("/articles/" + article.id()).body())).isEqualTo(found.subList(0, Math.min(5, found.size())));
    }

    @Test
    void showsTheArticlesKeptForAnArticleBestFirstSkippingOnesGone() {
        Article article = articles.get(0);
        List<Long> kept = List.of(articles.get(7).id(), 999_999L, articles.get(2).id());
        site.newsdesk.relatedStore.keep(Map.of(article.id(), kept), Instant.now());

        String page = site.get("/articles/" + article.id()).body();

        assertThat(related(page)).containsExactly(articles.get(7).id(), articles.get(2).id());
    }

    @Test
    void asksTheIndexWhileNothingIsKeptForTheArticle() {
        Article article = articles.get(1);
        site.newsdesk.database.jdbi().useHandle(handle ->
                handle.execute("DELETE FROM related_articles WHERE article_id = ?", article.id()));

        String page = site.get("/articles/" + article.id()).body();

        List<Long> found = site.newsdesk.index.related(article.id(), 5).stream().map(SearchHit::articleId).toList();
        assertThat(found).isNotEmpty();
        assertThat(related(page)).isEqualTo(found);
    }

    private static List<Long> related(String articlePage) {
        int from = articlePage.indexOf("aria-labelledby=\"related");
        if (from < 0) return List.of();
        Matcher m = Pattern.compile("href=\"/articles/(\\d+)\"").matcher(articlePage.substring(from));
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        while (m.find()) ids.add(Long.parseLong(m.group(1)));
        return new ArrayList<>(ids);
    }
}
