package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.SaidQuote;
import org.newsdesk.store.AnnotationStore;
import org.newsdesk.store.StoryStore;
import org.newsdesk.domain.StorySummary;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.domain.ArticleVersion;
import org.newsdesk.domain.LabelCount;
import org.newsdesk.domain.LabelKind;
import org.newsdesk.domain.ListingCursor;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.SourceSummary;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.store.ArticleListing;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.ReaderSources;
import org.newsdesk.store.ArticleViews;
import org.newsdesk.store.SourceStore;

/** The reading pages: front page, article, earlier versions, category, tag and source pages. Thread-safe. */
final class ReadingPages {

    static final int PAGE_SIZE = 20;
    private static final int TOP_STORIES = 6;

    private final SourceStore sources;
    private final ArticleStore articles;
    private final ArticleListing listing;
    private final AnnotationStore annotations;
    private final StoryStore stories;
    private final SearchIndex index;
    private final Templates templates;
    private final Clock clock;
    private final FeedChoice choice;
    /** What every front page shows beside the articles; a few seconds old at most. */
    private final Recent<List<LabelCount>> topCategories;
    private final Recent<List<SourceSummary>> sourceCounts;
    /** Source titles by id, which every card shows: a query per page otherwise. */
    private final Recent<Map<Long, String>> titles;
    private final ArticlePages articlePages;

    ReadingPages(SourceStore sources, ArticleStore articles, ArticleListing listing, AnnotationStore annotations,
                 ArticleViews views, StoryStore stories, SearchIndex index, Templates templates, Clock clock, FeedChoice choice) {
        this.stories = stories;
        this.choice = choice;
        this.sources = sources;
        this.articles = articles;
        this.listing = listing;
        this.annotations = annotations;
        this.index = index;
        this.templates = templates;
        this.clock = clock;
        this.topCategories = new Recent<>(() -> listing.labels(LabelKind.CATEGORY, 12), REFRESH, clock);
        this.sourceCounts = new Recent<>(sources::summaries, REFRESH, clock);
        this.titles = new Recent<>(this::loadSourceTitles, REFRESH, clock);
        this.articlePages = new ArticlePages(sources, articles, listing, views, stories, index, clock, this.titles::get);
    }

    private static final java.time.Duration REFRESH = java.time.Duration.ofSeconds(10);

    /** Sources changed: the next page shows them at once. */
    void sourcesChanged() {
        sourceCounts.clear();
        topCategories.clear();
        titles.clear();
    }

    void front(Context ctx) {
        String category = blankToNull(ctx.queryParam("category"));
        Long sourceId = ctx.queryParamAsClass("source", Long.class).getOrNull();
        ArticleFilter filter = new ArticleFilter(sourceId, category, null);
        FeedChoice.View view = choice.front(ctx);
        Map<Long, String> titles = sourceTitles();
        String base = "/?" + (category != null ? "category=" + encode(category) + "&" : "")
                + (sourceId != null ? "source=" + sourceId + "&" : "");
        Pages.River river = river(filter, view.lens(), ctx, titles, base);
        List<Pages.Chip> categoryChips = new ArrayList<>();
        for (LabelCount c : topCategories.get()) {
            boolean active = category != null && ArticleFilter.key(category).equals(ArticleFilter.key(c.label()));
            categoryChips.add(new Pages.Chip(c.label(), active ? "/" : "/?category=" + encode(c.label()), c.count(), active));
        }
        List<Pages.Chip> sourceChips = new ArrayList<>();
        for (SourceSummary s : sourceCounts.get()) {
            if (!view.shows(s.source().id())) continue;
            boolean active = sourceId != null && sourceId == s.source().id();
            sourceChips.add(new Pages.Chip(s.source().title(), active ? "/" : "/?source=" + s.source().id(), s.articleCount(), active));
        }
        String filterLabel = category != null ? category : sourceId != null ? titles.get(sourceId) : null;
        boolean firstPage = filterLabel == null && ctx.queryParam("after") == null;
        List<Pages.StoryCard> top = firstPage ? topStories(titles, view) : List.of();
        templates.render(ctx, "front.jte", new Pages.Front(top, river, categoryChips, sourceChips, filterLabel, titles.size(),
                view.frontSwitch()));
    }

    void article(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).get();
        Pages.ArticlePage page = articlePages.page(id, choice.shared(ctx))
                .orElseThrow(() -> new NotFoundResponse("There is no article #" + id + "."));
        templates.render(ctx, "article.jte", page);
    }

    void version(Context ctx) {
        Article article = article(ctx.pathParamAsClass("id", Long.class).get());
        int number = ctx.pathParamAsClass("version", Integer.class).get();
        ArticleVersion version = articles.versions(article.id()).stream().filter(v -> v.version() == number).findFirst()
                .orElseThrow(() -> new NotFoundResponse("Article #" + article.id() + " has no earlier version " + number + "."));
        String sourceTitle = sources.find(article.sourceId()).map(Source::title).orElse("");
        templates.render(ctx, "version.jte", new Pages.VersionPage(article, version, sourceTitle, TimeText.exact(version.fetchedAt())));
    }

    void category(Context ctx) {
        labelPage(ctx, LabelKind.CATEGORY, "Category", "/categories/");
    }

    void tag(Context ctx) {
        labelPage(ctx, LabelKind.TAG, "Tag", "/tags/");
    }

    void labels(Context ctx) {
        templates.render(ctx, "labels.jte", new Pages.LabelIndex(
                counted(listing.labels(LabelKind.CATEGORY, 200), "/categories/"), counted(listing.labels(LabelKind.TAG, 200), "/tags/")));
    }

    void source(Context ctx) {
        long id = ctx.pathParamAsClass("id", Long.class).get();
        SourceSummary summary = sources.summaries().stream().filter(s -> s.source().id() == id).findFirst()
                .orElseThrow(() -> new NotFoundResponse("There is no source #" + id + "."));
        Pages.River river = river(ArticleFilter.source(id), null, ctx, sourceTitles(), "/sources/" + id + "?");
        templates.render(ctx, "listing.jte", new Pages.Listing("Source", summary.source().title(), summary.articleCount(),
                river, summary.source().feedUrl(), summary, null, null));
    }

    private void labelPage(Context ctx, LabelKind kind, String kindName, String prefix) {
        String name = ctx.pathParam("name");
        String label = listing.label(kind, name);
        if (label == null) throw new NotFoundResponse("No article carries the " + kindName.toLowerCase() + " \"" + name + "\" yet.");
        ArticleFilter filter = kind == LabelKind.CATEGORY ? ArticleFilter.category(label) : ArticleFilter.tag(label);
        String path = prefix + encode(label);
        FeedChoice.View view = choice.chosen(ctx, path);
        ReaderSources lens = view.lens();
        Pages.River river = river(filter, lens, ctx, sourceTitles(), path + "?");
        templates.render(ctx, "listing.jte", new Pages.Listing(kindName, label, listing.count(filter, lens), river, null, null,
                kind == LabelKind.TAG ? said(label) : null, view.frontSwitch()));
    }

    /** One page of a listing and the link to the next. */
    private Pages.River river(ArticleFilter filter, @Nullable ReaderSources lens, Context ctx, Map<Long, String> titles,
                              String base) {
        ListingCursor after = ListingCursor.parse(ctx.queryParam("after"));
        List<Article> page = listing.list(filter, lens, PAGE_SIZE + 1, after);
        boolean more = page.size() > PAGE_SIZE;
        if (more) page = page.subList(0, PAGE_SIZE);
        Instant now = clock.instant();
        List<ArticleCard> cards = page.stream().map(a -> ArticleCard.of(a, titles.getOrDefault(a.sourceId(), ""), now)).toList();
        String older = more ? base + "after=" + ListingCursor.after(page.getLast()) : null;
        return new Pages.River(cards, older);
    }

    Article articleById(long id) {
        return article(id);
    }

    private Article article(long id) {
        return articles.find(id).orElseThrow(() -> new NotFoundResponse("There is no article #" + id + "."));
    }

    /**
     * Stories with coverage from more than one article, ranked by recency and breadth of coverage; for a reader,
     * those their sources cover, led by an article of theirs.
     */
    private List<Pages.StoryCard> topStories(Map<Long, String> titles, FeedChoice.View view) {
        Instant now = clock.instant();
        List<Pages.StoryCard> cards = new ArrayList<>();
        List<StorySummary> ranked = view.lens() == null ? stories.ranked(TOP_STORIES, 0, 2)
                : stories.ranked(view.lens(), TOP_STORIES, 2);
        for (StorySummary s : ranked) {
            java.util.Optional<Article> shown = articles.find(s.leadArticleId());
            if (view.lens() != null && shown.filter(a -> view.shows(a.sourceId())).isEmpty()) {
                shown = stories.articles(s.key()).stream().filter(a -> view.shows(a.sourceId())).findFirst();
            }
            shown.ifPresent(lead -> cards.add(new Pages.StoryCard(s.key(), s.title(),
                    s.sourceCount(), s.articleCount(), TimeText.relative(s.lastUpdated(), now), TimeText.exact(s.lastUpdated()),
                    ArticleCard.of(lead, titles.getOrDefault(lead.sourceId(), ""), now))));
        }
        return cards;
    }

    /** What the person a tag names said, across sources; null when they said nothing Newsdesk caught. */
    private Pages.@Nullable Speaker said(String label) {
        List<SaidQuote> quotes = annotations.quotesBy(label, 30);
        if (quotes.isEmpty()) return null;
        List<Pages.Said> said = new ArrayList<>();
        for (SaidQuote q : quotes) {
            String title = articles.find(q.articleId()).map(Article::title).orElse("");
            said.add(new Pages.Said(q.quote().text(), q.quote().verb(), q.quote().reported(), title, "/articles/" + q.articleId()));
        }
        return new Pages.Speaker(quotes.getFirst().quote().speaker(), "/tags/" + encode(label), said);
    }

    private static List<Pages.Chip> counted(List<LabelCount> labels, String prefix) {
        return labels.stream().map(l -> new Pages.Chip(l.label(), prefix + encode(l.label()), l.count(), false)).toList();
    }

    /** Source titles by id; a few seconds old at most, and fresh at once after a change made here. */
    Map<Long, String> sourceTitles() {
        return titles.get();
    }

    private Map<Long, String> loadSourceTitles() {
        Map<Long, String> byId = new HashMap<>();
        for (Source s : sources.list()) byId.put(s.id(), s.title());
        return Map.copyOf(byId);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
