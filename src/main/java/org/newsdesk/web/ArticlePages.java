package org.newsdesk.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Annotations;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.domain.ArticleVersion;
import org.newsdesk.domain.Quote;
import org.newsdesk.domain.StoryMember;
import org.newsdesk.domain.StorySummary;
import org.newsdesk.search.SearchHit;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.store.ArticleListing;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.ArticleTeaser;
import org.newsdesk.store.ArticleViews;
import org.newsdesk.store.SourceStore;
import org.newsdesk.store.StoryStore;

/**
 * What an article page shows, read from the store: the most viewed page, and nearly always a first view (readers
 * spread over every article), so it is built from as few queries as the store allows. Thread-safe.
 */
final class ArticlePages {

    static final int RELATED = 5;

    private final SourceStore sources;
    private final ArticleStore articles;
    private final ArticleListing listing;
    private final ArticleViews views;
    private final StoryStore stories;
    private final SearchIndex index;
    private final Clock clock;
    private final Supplier<Map<Long, String>> titles;

    /** @param titles source titles by id, a few seconds old at most */
    ArticlePages(SourceStore sources, ArticleStore articles, ArticleListing listing, ArticleViews views,
                 StoryStore stories, SearchIndex index, Clock clock, Supplier<Map<Long, String>> titles) {
        this.sources = sources;
        this.articles = articles;
        this.listing = listing;
        this.views = views;
        this.stories = stories;
        this.index = index;
        this.clock = clock;
        this.titles = titles;
    }

    /** The article's page as the view shows it; empty when there is no such article. */
    Optional<Pages.ArticlePage> page(long id, FeedChoice.View view) {
        // Read more related articles when the reader hides sources, so that hiding some still leaves five to show.
        Optional<ArticleViews.ArticleView> read = views.find(id, view.hidden().isEmpty() ? RELATED : RELATED * 4);
        if (read.isEmpty()) return Optional.empty();
        ArticleViews.ArticleView found = read.get();
        Article article = found.article();
        Map<Long, String> titles = this.titles.get();
        String sourceTitle = titles.containsKey(article.sourceId()) ? titles.get(article.sourceId())
                : sources.find(article.sourceId()).orElseThrow().title();
        Instant now = clock.instant();
        List<ArticleCard> related = relatedCards(found, view, titles, now);
        var updated = article.content().updated();
        Annotations annotated = found.annotations();
        Pages.StoryLink story = storyLink(article, found.member(), titles);
        Article labelled = annotated == null ? article : article.withMoreLabels(annotated.categories(), annotated.tags());
        // Only a revised article has earlier versions: a query spared on most pages.
        List<ArticleVersion> versions = article.version() > 1 ? articles.versions(article.id()) : List.of();
        return Optional.of(new Pages.ArticlePage(article, sourceTitle,
                TimeText.relative(article.shownAt(), now), TimeText.exact(article.shownAt()),
                updated != null && !updated.equals(article.content().published()) ? TimeText.exact(updated) : null,
                versions, related,
                chips(labelled.categories(), "/categories/", List.of()),
                chips(labelled.content().tags(), "/tags/", labelled.categories()),
                annotated == null ? List.of() : annotated.summary(),
                annotated == null ? List.of() : speakers(annotated.quotes()), story));
    }

    /**
     * Cards of the related articles kept for the article, or, while none are kept yet (a new article in the moments
     * after its commit, or during the backfill after an upgrade), of those the index finds now.
     */
    private List<ArticleCard> relatedCards(ArticleViews.ArticleView found, FeedChoice.View view,
                                           Map<Long, String> titles, Instant now) {
        List<ArticleTeaser> teasers = found.relatedTeasers();
        if (found.related() == null) {
            long id = found.article().id();
            teasers = listing.teasers(index.related(id, view.hidden().isEmpty() ? RELATED : RELATED * 4).stream()
                    .filter(hit -> view.shows(hit.sourceId())).limit(RELATED).map(SearchHit::articleId).toList());
        }
        return teasers.stream().filter(t -> view.shows(t.sourceId())).limit(RELATED)
                .map(t -> ArticleCard.of(t, titles.getOrDefault(t.sourceId(), ""), now)).toList();
    }

    /** The article's story, its copies ("also published by") or the original it copies. */
    private Pages.@Nullable StoryLink storyLink(Article article, @Nullable StoryMember member, Map<Long, String> titles) {
        if (member == null) return null;
        StorySummary story = stories.find(member.storyKey()).orElse(null);
        if (story == null) return null;
        List<String> copies = stories.copiesOf(article.id()).stream().map(a -> titles.getOrDefault(a.sourceId(), "")).distinct().toList();
        Article original = member.copyOf() == null ? null : articles.find(member.copyOf()).orElse(null);
        return new Pages.StoryLink(story.key(), story.title(), story.sourceCount(), copies,
                original == null ? null : original.title(), original == null ? null : "/articles/" + original.id(),
                original == null ? null : titles.getOrDefault(original.sourceId(), ""));
    }

    /** An article's quotes grouped by speaker, speakers in the order they first speak. */
    private static List<Pages.Speaker> speakers(List<Quote> quotes) {
        Map<String, List<Pages.Said>> bySpeaker = new java.util.LinkedHashMap<>();
        for (Quote q : quotes) {
            bySpeaker.computeIfAbsent(q.speaker(), k -> new ArrayList<>()).add(new Pages.Said(q.text(), q.verb(), q.reported(), null, null));
        }
        List<Pages.Speaker> speakers = new ArrayList<>();
        bySpeaker.forEach((name, said) -> speakers.add(new Pages.Speaker(name, "/tags/" + ReadingPages.encode(name), said)));
        return speakers;
    }

    /**
     * Labels as chips, once each however spelt ("Rosa Delgado", "rosa-delgado"), first spelling kept, leaving out
     * those already shown (a tag that is also a category).
     */
    private static List<Pages.Chip> chips(List<String> labels, String prefix, List<String> alreadyShown) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        alreadyShown.forEach(l -> seen.add(ArticleFilter.key(l)));
        List<Pages.Chip> chips = new ArrayList<>();
        for (String label : labels) {
            if (seen.add(ArticleFilter.key(label))) chips.add(new Pages.Chip(label, prefix + ReadingPages.encode(label), 0, false));
        }
        return chips;
    }
}
