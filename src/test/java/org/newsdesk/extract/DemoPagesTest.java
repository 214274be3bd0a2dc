package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.demo.DemoArticle;
import org.newsdesk.demo.DemoNetwork;
import org.newsdesk.domain.ArticleContent;

/** Every article page of the demo network comes out clean: its metadata right and no boilerplate in its body. */
class DemoPagesTest {

    private static final List<String> BOILERPLATE = List.of(
            "cookies", "Accept all", "Download our app", "App Store", "No comments yet", "Comments (0)",
            "Post comment", "community guidelines", "Share this article", "Copy link", "Sign up for", "unsubscribe",
            "Advertisement", "Credit Union", "All rights reserved", "Privacy policy", "Subscribe", "About us");

    private static DemoNetwork network;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ArticleExtractor extractor = new ArticleExtractor();

    @BeforeAll
    static void start() {
        network = DemoNetwork.start(0);
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    private ArticleContent extract(DemoArticle article) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(article.url()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(article.url().toString()).isEqualTo(200);
        return extractor.extract(page.body(), article.url());
    }

    @Test
    void readsEveryArticlesTitleAuthorAndDate() throws Exception {
        for (DemoArticle article : network.articles()) {
            ArticleContent c = extract(article);
            assertThat(c.title()).as(article.url().toString()).isEqualTo(article.title());
            assertThat(c.authors()).as(article.url().toString()).contains(article.author());
            assertThat(c.published()).as(article.url().toString()).isEqualTo(article.published());
        }
    }

    @Test
    void takesTheCorrectionOutOfTheBodyAsTheEditorsNote() throws Exception {
        DemoArticle corrected = network.articles().stream().filter(DemoArticle::correctedAfterFirstRead).findFirst()
                .orElseThrow();
        assertThat(extract(corrected).editorNote()).isNull();
        ArticleContent second = extract(corrected);
        assertThat(second.editorNote()).isNotBlank();
        assertThat(second.bodyText()).doesNotContain(second.editorNote());
    }

    @Test
    void listsTheRelatedCardsAsRelatedLinks() throws Exception {
        long withRelated = 0;
        for (DemoArticle article : network.articles()) {
            ArticleContent c = extract(article);
            withRelated += c.related().isEmpty() ? 0 : 1;
            c.related().forEach(r -> assertThat(r.url()).startsWith(network.baseUrl().toString()));
        }
        assertThat(withRelated).isGreaterThan(network.articles().size() / 2);
    }

    @Test
    void leavesNoBoilerplateLineInAnyBody() throws Exception {
        for (DemoArticle article : network.articles()) {
            ArticleContent c = extract(article);
            assertThat(c.bodyText().lines().count()).as(article.url().toString()).isGreaterThanOrEqualTo(3);
            for (String line : c.bodyText().lines().toList()) {
                assertThat(line).as(article.url().toString()).doesNotContain(BOILERPLATE);
            }
        }
    }
}
