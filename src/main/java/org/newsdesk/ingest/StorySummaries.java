package org.newsdesk.ingest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.newsdesk.domain.Article;
import org.newsdesk.understand.StorySummarizer;

/**
 * A story's summary drawn from all its sources, made when a page first asks and kept until the story grows.
 * Thread-safe.
 */
public final class StorySummaries {

    private static final int SENTENCES = 4;
    private static final int MAX_CACHED = 2_000;

    private record Cached(int articles, List<String> summary) {}

    private final Supplier<StorySummarizer> summarizer;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** @param summarizer loaded on first use: its embedding model takes a while to load */
    public StorySummaries(Supplier<StorySummarizer> summarizer) {
        this.summarizer = summarizer;
    }

    public List<String> summary(String storyKey, List<Article> articles) {
        Cached cached = cache.get(storyKey);
        if (cached != null && cached.articles() == articles.size()) return cached.summary();
        List<String> summary = summarizer.get().summarize(articles.stream().map(Article::content).toList(), SENTENCES);
        if (cache.size() >= MAX_CACHED) cache.clear();
        cache.put(storyKey, new Cached(articles.size(), summary));
        return summary;
    }
}
