package org.newsdesk.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleVersion;
import org.newsdesk.domain.SourceSummary;
import org.newsdesk.search.SearchHit;

/** The models of the pages, one record a page. */
public final class Pages {

    private Pages() {}

    /** A link to a filter or a label, with how many articles it leads to. */
    public record Chip(String label, String href, long count, boolean active) {}

    /** A newest-first list of articles with its "older" link. */
    public record River(List<ArticleCard> cards, @Nullable String olderHref) {}

    public record Front(River river, List<Chip> categories, List<Chip> sources, @Nullable String filterLabel,
                        long sourceCount) {}

    public record ArticlePage(Article article, String sourceTitle, String ago, String exactTime,
                              @Nullable String updatedExact, List<ArticleVersion> versions, List<ArticleCard> related,
                              List<Chip> categories, List<Chip> tags, List<String> summary, List<Speaker> speakers) {}

    /** One speaker's quotes in an article, or across articles on a person's page. */
    public record Speaker(String name, String href, List<Said> quotes) {}

    /** One quote: the words, the speech verb, and where it was said when listed across articles. */
    public record Said(String text, String verb, boolean reported, @Nullable String articleTitle, @Nullable String articleHref) {}

    public record VersionPage(Article article, ArticleVersion version, String sourceTitle, String fetchedExact) {}

    /** A category, tag or source page. */
    public record Listing(String kind, String title, long count, River river, @Nullable String feedUrl,
                          @Nullable SourceSummary source, @Nullable Speaker said) {}

    public record LabelIndex(List<Chip> categories, List<Chip> tags) {}

    public record SourcesPage(List<SourceRow> rows, String csrf, @Nullable String message, @Nullable String error,
                              String addValue) {}

    /** A source as the Sources page shows it, with its articles per day over the last two weeks. */
    public record SourceRow(SourceSummary summary, String lastFetch, String nextPoll, List<Bar> chart) {}

    /** One bar of a small chart: its height in pixels and what it stands for. */
    public record Bar(int x, int height, String title) {}

    /** A search hit with its time as readers see it. */
    public record Hit(SearchHit hit, String ago, String exactTime) {}

    public record FacetGroup(String title, List<Chip> values) {}

    public record SearchPage(String query, String sort, long total, List<Hit> hits, List<FacetGroup> facets,
                             List<Chip> suggestions, @Nullable String previousHref, @Nullable String nextHref,
                             int first, int last, List<java.util.Map.Entry<String, String>> hidden) {}

    public record ErrorPage(int status, String title, String message) {}
}
