package org.newsdesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an article says, as extracted from its page (or taken from its feed entry).
 *
 * @param bodyHtml  the body as sanitized HTML, safe to show
 * @param bodyText  the body as plain text, one paragraph a line
 * @param tags      the page's own categories and tags (meta keywords, article:tag, breadcrumbs)
 * @param editorNote an editor's note or correction printed with the article
 */
public record ArticleContent(
        String title,
        List<String> authors,
        @Nullable Instant published,
        @Nullable Instant updated,
        @Nullable String siteName,
        @Nullable String language,
        @Nullable String canonicalUrl,
        @Nullable Image leadImage,
        @Nullable String standfirst,
        String bodyHtml,
        String bodyText,
        List<String> tags,
        @Nullable String editorNote,
        List<RelatedLink> related) {

    public ArticleContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        Objects.requireNonNull(bodyText, "bodyText");
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        related = List.copyOf(related);
    }

    /** The authors as one line, or null when none is known. */
    public @Nullable String byline() {
        return authors.isEmpty() ? null : String.join(", ", authors);
    }

    /** A copy with another body, used when a feed's text stands in for the page. */
    public ArticleContent withBody(String html, String text) {
        return new ArticleContent(title, authors, published, updated, siteName, language, canonicalUrl,
                leadImage, standfirst, html, text, tags, editorNote, related);
    }
}
