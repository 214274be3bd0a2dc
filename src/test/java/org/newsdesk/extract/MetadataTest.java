package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.ArticleContent;

/** Each metadata source on its own: OpenGraph, Dublin Core, microdata, and the DOM when nothing else is there. */
class MetadataTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ArticleContent extract(String fixture, String url) {
        return extractor.extract(Fixtures.read(fixture), URI.create(url));
    }

    private Instant published(String html) {
        return extractor.extract(html, URI.create("https://post.example/storm")).published();
    }

    private static String page(String head) {
        return "<html><head>" + head + "</head><body><article><h1>Storm closes coastal road</h1><p>"
                + "The road stayed shut for a second day as crews cleared the debris. ".repeat(8) + "</p></article>"
                + "</body></html>";
    }

    @Test
    void refusesToReadAMetaKeyThatTheScanLeavesOut() {
        // the page scan drops the head's meta tags whose keys are not in MetaTags.READ: a pass asking for another
        // key must add it there
        MetaTags meta = new MetaTags(List.of());
        assertThat(meta.first(MetaTags.TITLE)).isNull();
        assertThatThrownBy(() -> meta.first("og:type"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("og:type");
    }

    @Test
    void readsTheLeadImageCaptionFromItsFigureNotFromAWrapperClassedAsCaption() {
        String html = "<html><head><meta property=og:image content=https://post.example/storm-1200x630.jpg></head><body>"
                + "<article><header class=\"content-header content-header__caption-style--default media\">"
                + "<h1>Storm closes coastal road</h1><p>Ideas 11.14.2019 Share Tweet</p>"
                + "<figure class=lead><div class=\"player__caption\">Media playback is unsupported</div>"
                + "<img src=/storm.jpg><figcaption class=caption>Waves over the sea wall on Tuesday."
                + "Photograph: Ana Ruiz/Agency</figcaption></figure></header>"
                + "<p>" + "The road stayed shut for a second day as crews cleared the debris. ".repeat(8) + "</p>"
                + "</article></body></html>";
        ArticleContent c = extractor.extract(html, URI.create("https://post.example/storm"));
        assertThat(c.leadImage().url()).isEqualTo("https://post.example/storm-1200x630.jpg");
        assertThat(c.leadImage().caption()).isEqualTo("Waves over the sea wall on Tuesday.");
        assertThat(c.leadImage().credit()).isEqualTo("Ana Ruiz/Agency");
    }

    @Test
    void readsTheDateOfAPageTypeOrAFactCheckInJsonLdWhenNoArticleTypeIsThere() {
        String medical = "<script type=application/ld+json>{\"@type\":\"MedicalWebPage\",\"headline\":\"Storm\","
                + "\"datePublished\":\"2019-11-14T08:00:00.000Z\",\"author\":{\"@type\":\"Person\","
                + "\"name\":\"Rachael Link\"}}</script>";
        ArticleContent c = extractor.extract(page(medical), URI.create("https://post.example/storm"));
        assertThat(c.published()).isEqualTo(Instant.parse("2019-11-14T08:00:00Z"));
        assertThat(c.authors()).containsExactly("Rachael Link");
        String yoast = "<script type=application/ld+json>{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Post\"},"
                + "{\"@type\":\"WebPage\",\"name\":\"Storm\",\"datePublished\":\"2018-04-18T14:39:09+02:00\"}]}</script>";
        assertThat(published(page(yoast))).isEqualTo(Instant.parse("2018-04-18T12:39:09Z"));
        String claim = "<script type=application/ld+json>{\"@type\":\"ClaimReview\",\"datePublished\":"
                + "\"2019-11-18T10:15:00+00:00\",\"claimReviewed\":\"A claim\"}</script>";
        assertThat(published(page(claim))).isEqualTo(Instant.parse("2019-11-18T10:15:00Z"));
    }

    @Test
    void takesTheDateFromTheCanonicalAddressAndATimeOverADayAlone() {
        String canonical = "<link rel=canonical href=https://post.example/news/2019/11/19/storm-road/>";
        assertThat(extractor.extract(page(canonical), URI.create("file:///saved/page.html")).published())
                .isEqualTo(Instant.parse("2019-11-19T00:00:00Z"));
        String both = "<script type=application/ld+json>{\"@type\":\"WebPage\",\"datePublished\":\"2019-11-18\"}"
                + "</script><meta property=article:published_time content=2019-11-18T20:28:55Z>";
        assertThat(published(page(both))).isEqualTo(Instant.parse("2019-11-18T20:28:55Z"));
    }

    @Test
    void readsTheDateWrittenUnderTheHeadlineWhenNothingElseGivesOne() {
        String prose = "<p>On Oct. 5, 2019 the council first warned that the road " + "could close again. ".repeat(12)
                + "</p>";
        String dated = "<html><body><article><h1>Storm closes coastal road</h1><div class=meta><span>By Ana Ruiz</span>"
                + " | <span>Nov. 19, 2019 8:00 AM</span></div>" + prose + "</article></body></html>";
        assertThat(extractor.extract(dated, URI.create("file:///saved/page.html")).published())
                .isEqualTo(Instant.parse("2019-11-19T00:00:00Z"));
        String undated = "<html><body><article><h1>Storm closes coastal road</h1>" + prose + "</article></body></html>";
        assertThat(extractor.extract(undated, URI.create("file:///saved/page.html")).published()).isNull();
    }

    @Test
    void prefersTheBylineOnThePageToASocialHandleAndSkipsCommentForms() {
        String body = "<h1>Storm closes coastal road</h1><p>" + "Crews cleared the debris for a second day. ".repeat(8)
                + "</p>";
        String handle = "<meta name=twitter:creator content=@jeff_foust>";
        String byline = "<html><head>" + handle + "</head><body><article>" + body
                + "<span class=byline>By Jeff Foust</span></article></body></html>";
        assertThat(extractor.extract(byline, URI.create("https://post.example/storm")).authors())
                .containsExactly("Jeff Foust");
        String commentForm = "<html><head>" + handle + "</head><body><article>" + body + "</article><form id=comments>"
                + "<p class=comment-form-author><label for=author>Name (required)</label><input id=author></p>"
                + "</form></body></html>";
        assertThat(extractor.extract(commentForm, URI.create("https://post.example/storm")).authors())
                .containsExactly("jeff_foust");
    }

    @Test
    void readsOpenGraphAndArticleTags() {
        ArticleContent c = extract("metadata-opengraph.html", "https://post.example/storm-road?utm=x");
        assertThat(c.title()).isEqualTo("Storm closes coastal road");
        assertThat(c.authors()).containsExactly("Priya Shah", "Leo Grant");
        assertThat(c.published()).isEqualTo(Instant.parse("2023-11-02T07:15:00Z"));
        assertThat(c.updated()).isEqualTo(Instant.parse("2023-11-02T09:45:00Z"));
        assertThat(c.siteName()).isEqualTo("Northern Post");
        assertThat(c.language()).isEqualTo("en-GB");
        assertThat(c.canonicalUrl()).isEqualTo("https://post.example/storm-road");
        assertThat(c.leadImage().url()).isEqualTo("https://cdn.post.example/storm.jpg");
        assertThat(c.tags()).containsExactly("Weather", "Roads");
        assertThat(c.standfirst()).isEqualTo("High winds brought down trees along the A1 coast road overnight.");
    }

    @Test
    void readsDublinCore() {
        ArticleContent c = extract("metadata-dublin-core.html", "https://water.example/report");
        assertThat(c.title()).isEqualTo("Annual report published");
        assertThat(c.authors()).containsExactly("Ada Novak");
        assertThat(c.published()).isEqualTo(Instant.parse("2022-06-30T00:00:00Z"));
        assertThat(c.language()).isEqualTo("de");
        assertThat(c.tags()).containsExactly("water", "rivers", "annual report");
    }

    @Test
    void readsMicrodata() {
        ArticleContent c = extract("metadata-microdata.html", "https://city.example/bridge");
        assertThat(c.title()).isEqualTo("Bridge inspection finds no faults");
        assertThat(c.authors()).containsExactly("Jonas Berg");
        assertThat(c.published()).isEqualTo(Instant.parse("2021-04-09T14:00:00Z"));
        assertThat(c.bodyText().lines()).hasSize(2).first().asString().startsWith("The annual inspection");
    }

    @Test
    void fallsBackToTheHeadlineBylineAndTimeElement() {
        ArticleContent c = extract("metadata-dom-only.html", "https://journal.example/2023/12/01/marche");
        assertThat(c.title()).isEqualTo("Le marché de Noël ouvre ses portes");
        assertThat(c.authors()).containsExactly("Claire Dubois");
        assertThat(c.published()).isEqualTo(Instant.parse("2023-12-01T17:00:00Z"));
        assertThat(c.language()).isEqualTo("fr");
        assertThat(c.bodyText()).doesNotContain("Par Claire", "décembre 2023");
    }

    @Test
    void takesTheDateFromTheAddressWhenThePageHasNone() {
        String html = "<html><body><p>" + "A sentence that is long enough to be an article paragraph. ".repeat(3)
                + "</p></body></html>";
        assertThat(extractor.extract(html, URI.create("https://x.example/2020/02/29/leap")).published())
                .isEqualTo(Instant.parse("2020-02-29T00:00:00Z"));
    }
}
