package org.newsdesk.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleVersion;
import org.newsdesk.search.SearchHit;

/** The models of the pages, one record a page. */
public final class Pages {

    private Pages() {}

    public record Front(List<ArticleCard> articles, @Nullable String olderCursor, long sourceCount) {}

    public record ArticlePage(Article article, String sourceTitle, String ago, String exactTime,
                              List<ArticleVersion> versions) {}

    public record SearchPage(String query, long total, List<SearchHit> hits) {}
}
