package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.ArticleContent;

/** Every kind of chrome a page puts inside its article container stays out of the body. */
class BoilerplateTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ArticleContent extract(String fixture) {
        return extractor.extract(Fixtures.read(fixture), URI.create("https://news.example/story"));
    }

    @Test
    void keepsOnlyTheArticleParagraphs() {
        assertThat(extract("boilerplate-inside.html").bodyText()).isEqualTo("""
                The city council voted seven to two on Wednesday to approve a budget that doubles the opening \
                hours of the central library.
                Librarians had asked for the change for years, saying that students had nowhere quiet to work in \
                the evenings.
                The budget also pays for two new mobile libraries, which will visit villages on the edge of the \
                district twice a week.
                Opponents said the money would be better spent on road repairs, and promised to raise the matter \
                again next year.""");
    }

    @Test
    void leavesOutCookieShareAdGalleryNewsletterRelatedAppAuthorAndCommentBlocks() {
        assertThat(extract("boilerplate-inside.html").bodyHtml()).doesNotContain(
                "cookies", "Facebook", "Advertisement", "mattress", "1 of 12", "newsletter", "School funding",
                "playground", "download our free app", "local government reporter", "No comments yet", "Post");
    }

    @Test
    void takesAnArticleBrokenIntoSectionsWholeWithItsEmbeddedPost() {
        assertThat(extract("split-sections.html").bodyText()).isEqualTo("""
                Deep inside a mountain on a remote island, a vault holds more than a million samples of seeds from \
                almost every country.
                The samples are copies: each country keeps its own collection, and the vault is there in case those \
                are lost to war or disaster.
                Withdrawals are rare. The first came during a civil war, when a research centre lost access to its \
                own seed bank.
                Scientists rebuilt that collection from the vault's copies within a few years and later sent new \
                samples back for storage.
                Just visited the seed vault. Astonishing place, and very cold!
                — A Visitor (@visitor) May 3, 2019
                The vault is kept at minus eighteen degrees, and even if the power fails the rock around it stays \
                frozen for decades.""");
    }

    @Test
    void keepsFigureCaptionsInTheHtmlButNotInTheText() {
        ArticleContent c = extract("split-sections.html");
        assertThat(c.bodyHtml()).contains("<figure><img src=\"https://news.example/vault.jpg\" alt=\"\" />"
                + "<figcaption>The entrance to the vault in winter.</figcaption></figure>");
        assertThat(c.bodyText()).doesNotContain("entrance to the vault");
    }

    @Test
    void dropsLabelLinesThatOpenWithPunctuationCapitalsOrFoldedLetters() {
        String html = """
                <html><head><title>Vote</title></head><body><article>
                <p>The city council voted seven to two on Wednesday to approve a budget that doubles the opening \
                hours of the central library, after years of requests from librarians and students.</p>
                <p>— Advertisement —</p>
                <p>\u017fhare this story</p>
                <p>© 2026 News Example</p>
                <p>12 comments</p>
                <p>РЕКЛАМА</p>
                <p>Turnout was high.</p>
                <p>Opponents said the money would be better spent on road repairs, and promised to raise the matter \
                again next year when the council sets its next budget.</p>
                </article></body></html>""";
        assertThat(extractor.extract(html, URI.create("https://news.example/vote")).bodyText()).isEqualTo("""
                The city council voted seven to two on Wednesday to approve a budget that doubles the opening hours \
                of the central library, after years of requests from librarians and students.
                Turnout was high.
                Opponents said the money would be better spent on road repairs, and promised to raise the matter \
                again next year when the council sets its next budget.""");
    }
}
