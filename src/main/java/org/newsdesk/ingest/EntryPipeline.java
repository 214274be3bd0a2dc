package org.newsdesk.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.FeedEntry;
import org.newsdesk.domain.NewArticle;
import org.newsdesk.domain.Source;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.store.AnnotationStore;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.understand.Understanding;
import org.newsdesk.domain.Annotations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One feed entry through the pipeline: page fetch → extraction → store → index (and related articles found after
 * the commit), each entry exactly once
 * (by its GUID, then by its canonical URL). A changed article is revised and its earlier text kept. Thread-safe.
 */
public final class EntryPipeline {

    private static final Logger log = LoggerFactory.getLogger(EntryPipeline.class);

    public enum Outcome { ADDED, UPDATED, UNCHANGED, KNOWN }

    private final ArticleReader reader;
    /** Loaded on first use: the models take seconds to load, and most commands never read an article. */
    private final Supplier<Understanding> understanding;
    private final AnnotationStore annotations;
    private final StoryDesk stories;
    private final ArticleStore articles;
    private final SearchIndex index;
    private final RelatedDesk related;
    private final IngestMetrics metrics;
    private final Clock clock;

    public EntryPipeline(ArticleReader reader, Supplier<Understanding> understanding, AnnotationStore annotations,
                         StoryDesk stories, ArticleStore articles, SearchIndex index, RelatedDesk related, IngestMetrics metrics,
                         Clock clock) {
        this.stories = stories;
        this.reader = reader;
        this.understanding = understanding;
        this.annotations = annotations;
        this.articles = articles;
        this.index = index;
        this.related = related;
        this.metrics = metrics;
        this.clock = clock;
    }

    public Outcome process(Source source, FeedEntry entry) {
        Optional<Article> known = articles.findByIdentity(source.id(), entry.identity());
        if (known.isPresent() ? !changedSince(entry, known.get()) : storedInSource(entry.url(), source)) {
            return Outcome.KNOWN;
        }
        ArticleReader.Reading reading = reader.read(entry);
        Instant now = clock.instant();
        if (known.isPresent()) return revise(source, known.get(), reading, now);
        String canonical = reading.content().canonicalUrl();
        if (canonical != null && storedInSource(canonical, source)) {
            return Outcome.KNOWN; // the same article under another GUID or link
        }
        Article stored = articles.insert(new NewArticle(source.id(), entry.url(), entry.identity(), reading.origin(),
                now, categories(source, entry), reading.content()));
        Annotations found = understand(stored);
        index.index(labelled(stored, found), source.title());
        related.indexed(stored.id());
        placeInStory(stored);
        metrics.articleAdded();
        return Outcome.ADDED;
    }

    private Outcome revise(Source source, Article known, ArticleReader.Reading reading, Instant now) {
        boolean same = known.content().bodyText().equals(reading.content().bodyText())
                && known.title().equals(reading.content().title());
        if (same) return Outcome.UNCHANGED;
        Article revised = articles.revise(known.id(), reading.content(), reading.origin(), now);
        index.index(labelled(revised, understand(revised)), source.title()); // a revision keeps its story
        related.indexed(revised.id());
        metrics.articleUpdated();
        return Outcome.UPDATED;
    }

    /**
     * Annotates a stored article. An article the stage fails on is kept without annotations: the failure is logged,
     * the article is not lost.
     */
    private @Nullable Annotations understand(Article article) {
        try {
            Annotations found = understanding.get().understand(article.content());
            annotations.save(article.id(), found);
            return found;
        } catch (RuntimeException e) {
            log.warn("understanding failed article_id={} url={}", article.id(), article.url(), e);
            return null;
        }
    }

    /** The article with the labels found, for the index. */
    private static Article labelled(Article article, @Nullable Annotations found) {
        return found == null ? article : article.withMoreLabels(found.categories(), found.tags());
    }

    /** Same rule as understanding: a clustering failure leaves the article outside any story, not lost. */
    private void placeInStory(Article article) {
        try {
            stories.place(article);
        } catch (RuntimeException e) {
            log.warn("story placement failed article_id={} url={}", article.id(), article.url(), e);
        }
    }

    private boolean storedInSource(String url, Source source) {
        return articles.findByUrl(source.id(), url).isPresent();
    }

    /** The feed announces a change newer than the text we have (whose time is never before the entry's, see the reader). */
    private static boolean changedSince(FeedEntry entry, Article known) {
        Instant announced = entry.updated();
        Instant have = known.content().updated();
        return announced != null && (have == null || announced.isAfter(have));
    }

    private static List<String> categories(Source source, FeedEntry entry) {
        List<String> categories = new ArrayList<>(entry.categories());
        if (source.category() != null && !categories.contains(source.category())) categories.add(source.category());
        return categories;
    }
}
