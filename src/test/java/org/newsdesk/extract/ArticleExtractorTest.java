package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.Image;
import org.newsdesk.domain.RelatedLink;

class ArticleExtractorTest {

    private static final URI PAGE = URI.create("https://gazette.example/news/harbour-bridge-reopens?ref=home");
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ArticleContent article = extractor.extract(Fixtures.read("full-article.html"), PAGE);

    @Test
    void readsMetadataFromJsonLdAndMetaTags() {
        assertThat(article.title()).isEqualTo("Harbour bridge reopens after repairs");
        assertThat(article.authors()).containsExactly("Maria Lopez", "Tom Baker");
        assertThat(article.published()).isEqualTo(Instant.parse("2024-03-05T08:30:00Z"));
        assertThat(article.updated()).isEqualTo(Instant.parse("2024-03-05T13:00:00Z"));
        assertThat(article.siteName()).isEqualTo("The Coastal Gazette");
        assertThat(article.language()).isEqualTo("en-GB");
        assertThat(article.canonicalUrl()).isEqualTo("https://gazette.example/news/harbour-bridge-reopens");
        assertThat(article.standfirst())
                .isEqualTo("The crossing was closed for six months while engineers replaced its cables.");
        assertThat(article.tags()).containsExactly("Infrastructure", "Transport", "Harbour", "Bridges", "News",
                "Local");
    }

    @Test
    void findsTheLeadImageWithCaptionAndCredit() {
        assertThat(article.leadImage()).isEqualTo(new Image("https://gazette.example/media/bridge-1200x800.jpg",
                "The bridge at dawn on Tuesday.", "Ann Smith/Gazette"));
    }

    @Test
    void keepsArticleParagraphsHeadingsListsAndQuotesOneALine() {
        assertThat(article.bodyText()).isEqualTo("""
                The harbour bridge reopened to traffic on Tuesday morning, six months after it was closed for \
                urgent repairs to its suspension cables.
                Engineers replaced all forty-eight cables, a task the council said was the largest maintenance \
                project in the town's history.
                Traffic returns
                By eight o'clock, queues had formed on both approaches, and the council asked drivers to be \
                patient during the first week.
                Buses resume their normal routes on Monday.
                Cyclists get a new protected lane on the east side.
                “We are proud of the work, and grateful for everyone's patience,” said the council leader.
                The total cost of the work was 12 million pounds, slightly under the budget set last year by the \
                council.""");
    }

    @Test
    void leavesBoilerplateOutOfTheBody() {
        assertThat(article.bodyText()).doesNotContain("cookies", "Share on Facebook", "Advertisement",
                "morning briefing", "Sign up", "covers transport", "Related articles", "Ferry timetable",
                "No comments yet", "Download our app", "Mayor resigns", "All rights reserved", "Read more",
                "Correction", "Home");
    }

    @Test
    void writesStructuralSanitizedHtml() {
        assertThat(article.bodyHtml()).startsWith("<p>The harbour bridge reopened")
                .contains("<h2>Traffic returns</h2>")
                .contains("<ul><li>Buses resume their normal routes on Monday.</li>")
                .contains("<blockquote><p>“We are proud of the work")
                .doesNotContain("class=", "<div", "<script");
    }

    @Test
    void takesTheCorrectionOutAsTheEditorsNote() {
        assertThat(article.editorNote())
                .isEqualTo("Correction: An earlier version of this article gave the wrong number of cables.");
    }

    @Test
    void listsRelatedArticlesApartFromTheBodyInPageOrder() {
        assertThat(article.related()).containsExactly(
                new RelatedLink("How the bridge cables were replaced",
                        "https://gazette.example/news/bridge-cables-explained"),
                new RelatedLink("Ferry timetable changes announced for spring",
                        "https://gazette.example/news/ferry-timetable-changes"),
                new RelatedLink("Survey finds harbour wall in good condition",
                        "https://gazette.example/news/harbour-wall-survey"));
    }

    @Test
    void readsTheJsonLdBodyWhenScriptsWouldWriteThePage() {
        ArticleContent c = extractor.extract(Fixtures.read("scripted-page.html"), URI.create("https://money.example/r"));
        assertThat(c.title()).isEqualTo("Rates held steady");
        assertThat(c.bodyText()).isEqualTo("""
                The central bank kept its main interest rate unchanged on Thursday, as expected by most economists.
                Inflation has slowed for four months in a row, but the bank said it wanted more evidence before \
                cutting rates.
                Markets now expect the first cut in September, a month later than they did a week ago.""");
    }

    @Test
    void readsALayoutTableAsContainersAndADataTableAsATable() {
        ArticleContent c = extractor.extract(Fixtures.read("layout-table.html"), URI.create("https://v.example/f"));
        assertThat(c.bodyText()).isEqualTo("""
                This year's village fete raised more than four thousand pounds for the church roof, a record for the \
                event.
                The cake stall alone brought in six hundred pounds, and the tug of war between the two pubs drew the \
                biggest crowd.
                Stall | Raised
                Cakes | £600
                Tombola | £450
                Organisers thanked the volunteers, many of whom had been baking and building stalls since the start \
                of the week.""");
        assertThat(c.bodyHtml()).contains("<table><tbody><tr><th>Stall</th><th>Raised</th></tr>");
    }

    @Test
    void givesAnEmptyBodyForAPageWithoutAnArticle() {
        ArticleContent c = extractor.extract(Fixtures.read("no-article.html"), URI.create("https://x.example/"));
        assertThat(c.bodyText()).isEmpty();
        assertThat(c.bodyHtml()).isEmpty();
        assertThat(c.title()).isEqualTo("Section index");
    }

    @Test
    void neverThrowsOnBrokenOrEmptyMarkup() {
        URI url = URI.create("https://x.example/a");
        assertThat(extractor.extract("", url).bodyText()).isEmpty();
        assertThat(extractor.extract("<<<>>><p><div></table></html><script>", url).bodyText()).isEmpty();
        assertThat(extractor.extract("<p>" + "<div>".repeat(100_000) + "deep text", url).title()).isEmpty();
    }

    @Test
    void separatesTheArticleFromAPlainTextCapture() {
        ArticleContent c = extractor.extractText(Fixtures.read("text-capture.txt"), null);
        assertThat(c.title()).isEqualTo("Local farmers open their gates for spring");
        assertThat(c.authors()).containsExactly("Jane Fielding");
        assertThat(c.published()).isEqualTo(Instant.parse("2024-04-12T00:00:00Z"));
        assertThat(c.bodyText().lines()).hasSize(3).first().asString().startsWith("Farms across the valley");
        assertThat(c.related()).extracting(RelatedLink::title).containsExactly(
                "Valley orchards report best blossom in a decade", "River path reopens after flood repairs");
    }
}
