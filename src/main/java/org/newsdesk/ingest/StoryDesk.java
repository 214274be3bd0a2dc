package org.newsdesk.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.newsdesk.cluster.Assignment;
import org.newsdesk.cluster.ClusterDoc;
import org.newsdesk.cluster.ClusterSettings;
import org.newsdesk.cluster.StoryClusterer;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.StoryMember;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.StoryStore;
import org.newsdesk.understand.SentenceEmbedder;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts each new article in its story, folding syndicated copies, and records it. The clusterer is a deterministic
 * state machine fed one article at a time: this desk feeds it in arrival order, from any refresh thread, and after
 * a restart replays the recent articles so it knows the open stories again. Thread-safe (one article at a time).
 */
public final class StoryDesk {

    private static final Logger log = LoggerFactory.getLogger(StoryDesk.class);

    private final StoryStore stories;
    private final ArticleStore articles;
    private final StoryClusterer clusterer;
    /** Loaded on first use, like the understanding stage's models. */
    private final Supplier<SentenceEmbedder> embedder;

    public StoryDesk(StoryStore stories, ArticleStore articles, Supplier<SentenceEmbedder> embedder,
                     ClusterSettings settings) {
        this.stories = stories;
        this.embedder = embedder;
        this.articles = articles;
        this.clusterer = new StoryClusterer(settings);
    }

    /** Places a newly stored article. */
    public synchronized StoryMember place(Article article) {
        Assignment a = clusterer.add(doc(article));
        StoryMember member = new StoryMember(article.id(), a.storyId(), a.copyOfId() == null ? null : Long.parseLong(a.copyOfId()));
        stories.assign(member, a.mergedStoryIds(), a.formerOriginalId() == null ? null : Long.parseLong(a.formerOriginalId()));
        return member;
    }

    /** An admin moves an article to another story; the clusterer keeps it there afterwards. */
    public synchronized void move(long articleId, String storyKey) {
        if (stories.find(storyKey).isEmpty()) throw new IllegalArgumentException("there is no story " + storyKey);
        clusterer.pin(Long.toString(articleId), storyKey);
        stories.pin(articleId, storyKey);
    }

    /** An admin splits an article out into a story of its own; returns that story's key. */
    public synchronized String split(long articleId) {
        String key = clusterer.split(Long.toString(articleId));
        stories.pin(articleId, key);
        return key;
    }

    /** Open stories the clusterer holds, for metrics. */
    public synchronized int openStories() {
        return clusterer.openStories();
    }

    /**
     * Feeds the clusterer the articles stored since a time, in the order they arrived, as the live pipeline did,
     * so stories go on where they were. Returns how many were replayed.
     */
    public synchronized long replay(Instant since) {
        // Admins' decisions first: the clusterer then places those articles where the admin put them.
        for (StoryMember pinned : stories.pinned()) clusterer.pin(Long.toString(pinned.articleId()), pinned.storyKey());
        long[] replayed = {0};
        articles.forEach(500, article -> {
            if (article.fetchedAt().isBefore(since)) return;
            place(article);
            replayed[0]++;
        });
        log.info("stories replayed articles={} open_stories={}", replayed[0], clusterer.openStories());
        return replayed[0];
    }

    /** The article as the clusterer reads it, with the embedding of its lead, as the offline command makes it. */
    private ClusterDoc doc(Article article) {
        String lead = ClusterDoc.lead(article.title(), article.content().bodyText());
        float[] embedding = lead.isBlank() ? null
                : embedder.get().embedAll(List.of(lead), ClusterDoc.EMBEDDING_TOKENS).getFirst();
        return new ClusterDoc(Long.toString(article.id()), article.title(), article.content().bodyText(),
                article.shownAt(), article.url(), Long.toString(article.sourceId()), embedding, article.canonicalUrl(),
                links(article));
    }

    /** The links in the body: a copy names its original ("originally published by …") with one. */
    private static List<String> links(Article article) {
        List<String> links = new ArrayList<>();
        for (Element a : Jsoup.parseBodyFragment(article.content().bodyHtml()).select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("http")) links.add(href);
        }
        return links;
    }
}
