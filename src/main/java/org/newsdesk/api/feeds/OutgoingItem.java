package org.newsdesk.api.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;

/**
 * One entry of a feed out.
 *
 * @param id          a stable URI naming the article, the same in every feed and format
 * @param url         the article's own page
 * @param summary     plain text: the standfirst, else the opening of the text
 * @param contentHtml the article's sanitized body
 */
record OutgoingItem(String id, String title, String url, String summary, String contentHtml, Instant published,
                    Instant updated, List<String> authors, List<String> categories, @Nullable String sourceTitle) {
    private static final int SUMMARY_LENGTH = 280;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    OutgoingItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(contentHtml, "contentHtml");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(updated, "updated");
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }

    /** The authors, else the source's title, so that every entry names who it is from. */
    List<String> bylines() {
        if (!authors.isEmpty()) return authors;
        return sourceTitle == null || sourceTitle.isBlank() ? List.of() : List.of(sourceTitle);
    }

    static OutgoingItem of(Article article, @Nullable String sourceTitle) {
        Instant updated = article.content().updated();
        return new OutgoingItem("urn:newsdesk:article:" + article.id(), article.title(), article.url(),
                summary(article), article.content().bodyHtml(), article.shownAt(),
                updated != null && updated.isAfter(article.shownAt()) ? updated : article.shownAt(),
                article.content().authors(), article.categories(), sourceTitle);
    }

    /** The standfirst, else the text's opening cut at a word, so every item has a summary. */
    static String summary(Article article) {
        String standfirst = article.content().standfirst();
        if (standfirst != null && !standfirst.isBlank()) return standfirst.strip();
        String text = SPACES.matcher(article.content().bodyText()).replaceAll(" ").strip();
        if (text.length() <= SUMMARY_LENGTH) return text;
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH) + "…";
    }
}
