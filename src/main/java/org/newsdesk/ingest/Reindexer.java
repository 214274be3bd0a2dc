package org.newsdesk.ingest;

import java.util.HashMap;
import java.util.Map;
import org.newsdesk.domain.Source;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.domain.Article;
import org.newsdesk.store.AnnotationStore;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.SourceStore;

/** Rebuilds the search index from the store, which is the truth. Not thread-safe: run one at a time. */
public final class Reindexer {

    private static final int BATCH = 500;

    private final SourceStore sources;
    private final ArticleStore articles;
    private final AnnotationStore annotations;
    private final SearchIndex index;

    public Reindexer(SourceStore sources, ArticleStore articles, AnnotationStore annotations, SearchIndex index) {
        this.sources = sources;
        this.articles = articles;
        this.annotations = annotations;
        this.index = index;
    }

    /** Returns the number of articles indexed. */
    public long rebuild(Progress progress) {
        Map<Long, String> titles = new HashMap<>();
        for (Source s : sources.list()) titles.put(s.id(), s.title());
        long total = articles.count();
        long[] done = {0};
        index.clear();
        articles.forEach(BATCH, article -> {
            Article labelled = annotations.find(article.id())
                    .map(a -> article.withMoreLabels(a.categories(), a.tags())).orElse(article);
            index.index(labelled, titles.getOrDefault(article.sourceId(), ""));
            if (++done[0] % 100 == 0 || done[0] == total) progress.advance(done[0], total);
        });
        index.commit();
        progress.advance(done[0], Math.max(total, done[0]));
        return done[0];
    }

    /** Whether the index has drifted from the store (another process removed a source, or the index was lost). */
    public boolean stale() {
        return index.count() != articles.count();
    }
}
