package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.ArticleContent;

class MultiPageTest {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final List<URI> fetched = new ArrayList<>();

    private static String page(String next, String... paragraphs) {
        StringBuilder html = new StringBuilder("<html><head><title>The long read</title>");
        if (!next.isEmpty()) html.append("<link rel=\"next\" href=\"").append(next).append("\">");
        html.append("</head><body><nav><a href=\"/\">Home</a></nav><article><h1>The long read</h1>");
        for (String p : paragraphs) html.append("<p>").append(p).append("</p>");
        return html.append("</article></body></html>").toString();
    }

    private ArticleExtractor.PageFetcher pages(Map<String, String> byUrl) {
        return url -> {
            fetched.add(url);
            return byUrl.get(url.toString());
        };
    }

    @Test
    void joinsThePagesOfAMultiPageArticle() {
        String first = page("/story?page=2", "The first page tells how the expedition set out in the spring of that year.");
        Map<String, String> rest = Map.of(
                "https://mag.example/story?page=2", page("/story?page=3",
                        "The second page follows the team across the ice, where the weather turned against them."),
                "https://mag.example/story?page=3", page("",
                        "The third page brings them home, thinner and wiser, a full month later than planned."));
        ArticleContent c = extractor.extract(first, URI.create("https://mag.example/story"), pages(rest));
        assertThat(c.bodyText()).isEqualTo("""
                The first page tells how the expedition set out in the spring of that year.
                The second page follows the team across the ice, where the weather turned against them.
                The third page brings them home, thinner and wiser, a full month later than planned.""");
        assertThat(c.bodyHtml()).startsWith("<p>The first page").endsWith("a full month later than planned.</p>");
        assertThat(fetched).hasSize(2);
    }

    @Test
    void doesNotFollowALinkToTheNextPost() {
        String post = page("/2024/05/another-post", "A blog post that links to the next post with rel=next in its head.");
        ArticleContent c = extractor.extract(post, URI.create("https://blog.example/2024/05/a-post"), pages(Map.of()));
        assertThat(c.bodyText()).isEqualTo("A blog post that links to the next post with rel=next in its head.");
        assertThat(fetched).isEmpty();
    }

    @Test
    void stopsAtAPageThatLinksBackToAnEarlierOne() {
        String first = page("/story/2", "The opening page of a story whose pages link to each other in a loop.");
        Map<String, String> rest = Map.of("https://mag.example/story/2",
                page("/story/2", "The second page links to itself as its own next page, which must end the chain."));
        ArticleContent c = extractor.extract(first, URI.create("https://mag.example/story"), pages(rest));
        assertThat(c.bodyText().lines()).hasSize(2);
        assertThat(fetched).hasSize(1);
    }
}
