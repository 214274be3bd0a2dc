package org.newsdesk.web;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;
import org.newsdesk.store.ArticleTeaser;

/** An article as a list shows it. */
public record ArticleCard(long id, String title, String sourceTitle, long sourceId, Instant shownAt, String ago,
                          String exactTime, String lead, @Nullable String imageUrl) {

    private static final int LEAD_LENGTH = 220;

    static ArticleCard of(Article article, String sourceTitle, Instant now) {
        String text = article.content().standfirst() != null ? article.content().standfirst() : article.content().bodyText();
        var image = article.content().leadImage();
        return new ArticleCard(article.id(), article.title(), sourceTitle, article.sourceId(), article.shownAt(),
                TimeText.relative(article.shownAt(), now), TimeText.exact(article.shownAt()), lead(text),
                image == null ? null : image.url());
    }

    static ArticleCard of(ArticleTeaser teaser, String sourceTitle, Instant now) {
        return new ArticleCard(teaser.id(), teaser.title(), sourceTitle, teaser.sourceId(), teaser.shownAt(),
                TimeText.relative(teaser.shownAt(), now), TimeText.exact(teaser.shownAt()), lead(teaser.lead()),
                teaser.imageUrl());
    }

    /** The opening of the text on one line, cut at a space before {@value #LEAD_LENGTH} characters. */
    static String lead(String text) {
        String stripped = text.strip();
        if (stripped.length() <= LEAD_LENGTH) return stripped.replace('\n', ' ');
        // Only the characters up to the cut are looked at: the rest (a body's opening) goes.
        String opening = stripped.substring(0, LEAD_LENGTH + 1).replace('\n', ' ');
        int cut = opening.lastIndexOf(' ', LEAD_LENGTH);
        return opening.substring(0, cut > 0 ? cut : LEAD_LENGTH) + "…";
    }
}
