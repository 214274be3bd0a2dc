package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.ArticleContent;

/** Pathological pages finish quickly and without throwing. */
class RobustnessTest {

    private static final URI URL = URI.create("https://x.example/a");
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void handlesAFiveMegabytePage() {
        String paragraph = "<p>" + "This sentence, with a comma, is part of a very long article. ".repeat(4) + "</p>\n";
        String html = "<html><body><article>" + paragraph.repeat(5_000_000 / paragraph.length())
                + "</article></body></html>";
        long start = System.nanoTime();
        ArticleContent c = extractor.extract(html, URL);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(c.bodyText().lines().count()).isEqualTo(5_000_000 / paragraph.length());
    }

    @Test
    void readsOnlyTheFirstMegabytesOfAFiftyMegabytePage() {
        String article = "<html><body><article><p>" + "The article comes first, as it does on real pages. ".repeat(3)
                + "</p></article><div>";
        String bloat = "<span>x</span>".repeat(50_000_000 / 14);
        long start = System.nanoTime();
        ArticleContent c = extractor.extract(article + bloat, URL);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(c.bodyText()).isEqualTo("The article comes first, as it does on real pages. ".repeat(3).strip());
    }

    @Test
    void handlesADomNestedAHundredThousandDeep() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>" + "Deep text that is long enough. ".repeat(3)
                + "</p>" + "</div>".repeat(100_000) + "</body></html>";
        long start = System.nanoTime();
        ArticleContent c = extractor.extract(html, URL);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(c.bodyText()).isEqualTo("Deep text that is long enough. ".repeat(3).strip());
    }

    @Test
    void givesAnEmptyArticleForAnEmptyPage() {
        ArticleContent c = extractor.extract("", URL);
        assertThat(c.title()).isEmpty();
        assertThat(c.bodyText()).isEmpty();
        assertThat(c.authors()).isEmpty();
        assertThat(c.published()).isNull();
    }

    @Test
    void readsMalformedMarkup() {
        String html = "<html><head><title>Broken</title><body><div><p>An unclosed paragraph that is long enough"
                + " to count as text<p>and another one, also long enough to count as article text<div></span>"
                + "</td></html></body><p>stray";
        assertThat(extractor.extract(html, URL).bodyText()).isEqualTo("""
                An unclosed paragraph that is long enough to count as text
                and another one, also long enough to count as article text""");
    }
}
