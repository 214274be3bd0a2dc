package org.newsdesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored article.
 *
 * @param identity   the entry's identity within its source (GUID, else link): each entry is stored once
 * @param categories the feed's and the source's categories for this article
 * @param version    1 for the first text; raised each time a later fetch brings changed text
 */
public record Article(
        long id,
        long sourceId,
        String url,
        String identity,
        ContentOrigin origin,
        Instant fetchedAt,
        int version,
        List<String> categories,
        ArticleContent content) {

    public Article {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(content, "content");
        categories = List.copyOf(categories);
        if (version < 1) throw new IllegalArgumentException("version must be at least 1, was " + version);
    }

    public String title() {
        return content.title();
    }

    /** The time to sort and show by: published, else first fetched. */
    public Instant shownAt() {
        Instant published = content.published();
        return published != null ? published : fetchedAt;
    }

    /** The same article with more categories and tags (those the understanding stage found), without repeats. */
    public Article withMoreLabels(List<String> moreCategories, List<String> moreTags) {
        List<String> allCategories = java.util.stream.Stream.concat(categories.stream(), moreCategories.stream()).distinct().toList();
        List<String> allTags = java.util.stream.Stream.concat(content.tags().stream(), moreTags.stream()).distinct().toList();
        ArticleContent c = content;
        ArticleContent tagged = new ArticleContent(c.title(), c.authors(), c.published(), c.updated(), c.siteName(),
                c.language(), c.canonicalUrl(), c.leadImage(), c.standfirst(), c.bodyHtml(), c.bodyText(), allTags,
                c.editorNote(), c.related());
        return new Article(id, sourceId, url, identity, origin, fetchedAt, version, allCategories, tagged);
    }

    public @Nullable String canonicalUrl() {
        return content.canonicalUrl();
    }
}
