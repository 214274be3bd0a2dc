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

    /**
     * A link to a filter or a label, with how many articles it leads to.
     *
     * @param exact whether the count is exact; otherwise it was estimated from a sample and shows as "≈"
     */
    public record Chip(String label, String href, long count, boolean active, boolean exact) {
        public Chip(String label, String href, long count, boolean active) {
            this(label, href, count, active, true);
        }
    }

    /** A newest-first list of articles with its "older" link. */
    public record River(List<ArticleCard> cards, @Nullable String olderHref) {}

    public record Front(List<StoryCard> stories, River river, List<Chip> categories, List<Chip> sources,
                        @Nullable String filterLabel, long sourceCount, @Nullable FrontSwitch view) {}

    /**
     * A signed-in reader's "My feeds / All news" switch: which is shown, whether they subscribe to anything, and
     * the page it switches (the front page, a category or a tag page).
     */
    public record FrontSwitch(boolean mine, boolean hasSubscriptions, int hiddenCount, String path) {}

    /** A story as the front page shows it: its headline, breadth of coverage and lead article. */
    public record StoryCard(String key, String title, int sourceCount, int articleCount, String ago, String exactTime,
                            ArticleCard lead) {}

    public record StoryPage(org.newsdesk.domain.StorySummary story, String firstSeenAgo, String updatedAgo,
                            String updatedExact, List<SourceCoverage> coverage, org.newsdesk.domain.Brief brief,
                            List<Speaker> speakers, List<Bar> chart, List<Chip> categories, List<Chip> tags,
                            String csrf) {}

    /** An answer about a story: its text as safe HTML with [n] linking to the cited articles. */
    public record AnswerView(String question, String html, boolean generated, @Nullable String notice) {}

    public record TranslationPage(Article article, org.newsdesk.domain.Translation translation, String languageName) {}

    /** One source's articles in a story. */
    public record SourceCoverage(String source, List<Coverage> items) {}

    /** An article in a story, with the sources that republished it. */
    public record Coverage(ArticleCard card, List<String> alsoPublishedBy) {}

    /** Where an article sits in its story, for the article page. */
    public record StoryLink(String key, String title, int sourceCount, List<String> alsoPublishedBy,
                            @Nullable String originalTitle, @Nullable String originalHref, @Nullable String originalSource) {}

    public record ArticlePage(Article article, String sourceTitle, String ago, String exactTime,
                              @Nullable String updatedExact, List<ArticleVersion> versions, List<ArticleCard> related,
                              List<Chip> categories, List<Chip> tags, List<String> summary, List<Speaker> speakers,
                              @Nullable StoryLink story) {}

    /** One speaker's quotes in an article, or across articles on a person's page. */
    public record Speaker(String name, String href, List<Said> quotes) {}

    /** One quote: the words, the speech verb, and where it was said when listed across articles. */
    public record Said(String text, String verb, boolean reported, @Nullable String articleTitle, @Nullable String articleHref) {}

    public record VersionPage(Article article, ArticleVersion version, String sourceTitle, String fetchedExact) {}

    /** A category, tag or source page; category and tag pages carry the reader's "My feeds / All news" switch. */
    public record Listing(String kind, String title, long count, River river, @Nullable String feedUrl,
                          @Nullable SourceSummary source, @Nullable Speaker said, @Nullable FrontSwitch view) {}

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

    /** @param totalExact whether {@code total} is exact, or estimated from a sample of the matches */
    public record SearchPage(String query, String sort, long total, boolean totalExact, List<Hit> hits,
                             List<FacetGroup> facets, List<Chip> suggestions, @Nullable String previousHref,
                             @Nullable String nextHref, int first, int last,
                             List<java.util.Map.Entry<String, String>> hidden, String saveQuery) {

        /** The number of results as the page words it: "7", or "about 12,000" when estimated. */
        public String totalText() {
            String number = grouped(total);
            return totalExact ? number : "about " + number;
        }

        /** "12,345": as {@code String.format(Locale.ENGLISH, "%,d", n)} writes it, without parsing a format each search. */
        static String grouped(long n) {
            String digits = Long.toString(Math.abs(n));
            StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
            if (n < 0) out.append('-');
            int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
            out.append(digits, 0, lead);
            for (int i = lead; i < digits.length(); i += 3) out.append(',').append(digits, i, i + 3);
            return out.toString();
        }
    }

    public record ErrorPage(int status, String title, String message) {}
}
