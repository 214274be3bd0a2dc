package org.newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ArticleVersion;
import org.newsdesk.domain.ContentOrigin;
import org.newsdesk.domain.NewArticle;
import org.newsdesk.store.StoreException.Reason;

/**
 * The stored articles and their earlier texts. Times are kept to the millisecond: the articles returned carry the
 * times as stored. Thread-safe.
 */
public final class ArticleStore {
    private static final String SELECT = "SELECT " + ArticleRows.ARTICLE + " FROM articles ";
    private static final String NEWEST_FIRST = " ORDER BY shown_at DESC, id DESC LIMIT :limit";

    /** The most ids {@link #findAll} takes: well under every backend's limit of bound values. */
    public static final int MAX_IDS = 500;

    private final Database database;
    private final ArticleRows rows = new ArticleRows();

    public ArticleStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public Optional<Article> find(long id) {
        return database.read("finding article " + id, handle -> find(handle, id));
    }

    /** The articles of these ids that exist, in the order given: one query for a list of cards. */
    public List<Article> findAll(List<Long> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) return List.of();
        if (ids.size() > MAX_IDS) throw new IllegalArgumentException("at most " + MAX_IDS + " ids at once, was " + ids.size());
        java.util.Map<Long, Article> byId = new java.util.HashMap<>();
        database.read("finding " + ids.size() + " articles", handle ->
                handle.createQuery(SELECT + "WHERE id IN (<ids>)")
                        .bindList("ids", ids)
                        .map((row, ctx) -> rows.article(row))
                        .list()).forEach(a -> byId.put(a.id(), a));
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The article a source gave for an entry, by the entry's identity (its GUID, else its link). */
    public Optional<Article> findByIdentity(long sourceId, String identity) {
        Objects.requireNonNull(identity, "identity");
        return database.read("finding an article of source " + sourceId, handle ->
                handle.createQuery(SELECT + "WHERE source_id = :source_id AND identity = :identity")
                        .bind("source_id", sourceId)
                        .bind("identity", Columns.text(identity))
                        .map((row, ctx) -> rows.article(row))
                        .findOne());
    }

    /** The first stored article, from any source, whose link or canonical URL is {@code url}. */
    public Optional<Article> findByUrl(String url) {
        Objects.requireNonNull(url, "url");
        return database.read("finding the article at " + url, handle ->
                handle.createQuery(SELECT + "WHERE url = :url OR canonical_url = :url ORDER BY id LIMIT 1")
                        .bind("url", Columns.text(url))
                        .map((row, ctx) -> rows.article(row))
                        .findOne());
    }

    /** The article of one source whose link or canonical URL is {@code url}: the same article under another GUID. */
    public Optional<Article> findByUrl(long sourceId, String url) {
        Objects.requireNonNull(url, "url");
        return database.read("finding the article at " + url + " in source " + sourceId, handle ->
                handle.createQuery(SELECT + "WHERE source_id = :source_id AND (url = :url OR canonical_url = :url)"
                                + " ORDER BY id LIMIT 1")
                        .bind("source_id", sourceId)
                        .bind("url", Columns.text(url))
                        .map((row, ctx) -> rows.article(row))
                        .findOne());
    }

    /**
     * Stores an article for the first time, as version 1.
     *
     * @throws StoreException DUPLICATE when its source has an article with the same identity; NOT_FOUND when the
     *                        source does not exist
     */
    public Article insert(NewArticle article) {
        Objects.requireNonNull(article, "article");
        requireKeys(article);
        String what = "an article of source " + article.sourceId();
        try {
            return database.write("storing " + what, handle -> {
                var insert = handle.createQuery("INSERT INTO articles (source_id, url, identity, origin, fetched_at, "
                                + "content_fetched_at, shown_at, version, categories, " + ArticleRows.CONTENT
                                + ") VALUES (:source_id, :url, :identity, :origin, :fetched_at, :fetched_at, "
                                + ":shown_at, 1, :categories, " + ArticleRows.CONTENT_PARAMS + ") RETURNING id")
                        .bind("source_id", article.sourceId())
                        .bind("url", Columns.text(article.url()))
                        .bind("identity", Columns.text(article.identity()))
                        .bind("origin", article.origin().name())
                        .bind("fetched_at", Columns.millis(article.fetchedAt()))
                        .bind("shown_at", shownAt(article.content(), article.fetchedAt()))
                        .bind("categories", rows.categories(article.categories()));
                rows.bindContent(insert, article.content());
                long id = insert.mapTo(Long.class).one();
                Article stored = find(handle, id).orElseThrow();
                ArticleLabels.write(handle, stored);
                return stored;
            });
        } catch (StoreException e) {
            throw switch (e.reason()) {
                case DUPLICATE -> new StoreException(Reason.DUPLICATE, "source " + article.sourceId()
                        + " already has an article with the identity " + article.identity(), e);
                case NOT_FOUND -> new StoreException(Reason.NOT_FOUND,
                        "there is no source " + article.sourceId() + " to store the article " + article.url(), e);
                default -> e;
            };
        }
    }

    /**
     * Replaces an article's text with a newer one, keeping the current text as an {@link ArticleVersion} and
     * raising the version by one. The article keeps its first fetch time, so it keeps its place when it has no
     * publication date.
     *
     * @param fetchedAt when the new text was fetched
     * @throws StoreException NOT_FOUND when there is no such article
     */
    public Article revise(long id, ArticleContent content, ContentOrigin origin, Instant fetchedAt) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        requireCanonical(content);
        return database.write("revising article " + id, handle -> {
            // Taking the row lock first makes concurrent revisions of one article on PostgreSQL queue up, so each
            // copies the text the previous one left; on SQLite writes run one at a time anyway.
            int locked = handle.createUpdate("UPDATE articles SET version = version WHERE id = :id")
                    .bind("id", id).execute();
            if (locked == 0) throw new StoreException(Reason.NOT_FOUND, "there is no article " + id);
            handle.createUpdate("INSERT INTO article_versions (origin, " + ArticleRows.VERSION + ") SELECT origin, id, "
                            + "version, content_fetched_at, " + ArticleRows.CONTENT + " FROM articles WHERE id = :id")
                    .bind("id", id).execute();
            var update = handle.createUpdate("UPDATE articles SET origin = :origin, content_fetched_at = "
                            + ":content_fetched_at, shown_at = COALESCE(:published_at, fetched_at), "
                            + "version = version + 1, " + ArticleRows.CONTENT_ASSIGNMENTS + " WHERE id = :id")
                    .bind("id", id)
                    .bind("origin", origin.name())
                    .bind("content_fetched_at", Columns.millis(fetchedAt));
            rows.bindContent(update, content);
            update.execute();
            Article revised = find(handle, id).orElseThrow();
            ArticleLabels.write(handle, revised);
            return revised;
        });
    }

    /** The earlier texts of an article, oldest first; empty when it was never revised. */
    public List<ArticleVersion> versions(long articleId) {
        return database.read("listing the versions of article " + articleId, handle ->
                handle.createQuery("SELECT " + ArticleRows.VERSION + " FROM article_versions "
                                + "WHERE article_id = :id ORDER BY version")
                        .bind("id", articleId)
                        .map((row, ctx) -> rows.version(row))
                        .list());
    }

    /**
     * The newest articles by {@link Article#shownAt()}, newest first.
     *
     * @param before when given, only articles shown strictly before it: pass the last article's {@code shownAt()}
     *               for the next page (articles sharing that exact millisecond are skipped; see
     *               {@link #newestAfter(int, Article)} for gapless paging)
     */
    public List<Article> newest(int limit, @Nullable Instant before) {
        Limits.requirePositive(limit, "limit");
        return database.read("listing the newest articles", handle -> before == null
                ? handle.createQuery(SELECT + NEWEST_FIRST)
                        .bind("limit", limit)
                        .map((row, ctx) -> rows.article(row))
                        .list()
                : handle.createQuery(SELECT + "WHERE shown_at < :before" + NEWEST_FIRST)
                        .bind("before", Columns.millisCeiling(before))
                        .bind("limit", limit)
                        .map((row, ctx) -> rows.article(row))
                        .list());
    }

    /** The page of newest articles that follows {@code last}, the final article of the previous page. */
    public List<Article> newestAfter(int limit, Article last) {
        Limits.requirePositive(limit, "limit");
        Objects.requireNonNull(last, "last");
        return database.read("listing the newest articles", handle ->
                handle.createQuery(SELECT + "WHERE shown_at < :shown_at OR (shown_at = :shown_at AND id < :id)"
                                + NEWEST_FIRST)
                        .bind("shown_at", Columns.millis(last.shownAt()))
                        .bind("id", last.id())
                        .bind("limit", limit)
                        .map((row, ctx) -> rows.article(row))
                        .list());
    }

    /** A source's newest articles, newest first. */
    public List<Article> bySource(long sourceId, int limit) {
        Limits.requirePositive(limit, "limit");
        return database.read("listing the articles of source " + sourceId, handle ->
                handle.createQuery(SELECT + "WHERE source_id = :source_id" + NEWEST_FIRST)
                        .bind("source_id", sourceId)
                        .bind("limit", limit)
                        .map((row, ctx) -> rows.article(row))
                        .list());
    }

    public long count() {
        return database.read("counting articles", handle ->
                handle.createQuery("SELECT COUNT(*) FROM articles").mapTo(Long.class).one());
    }

    public long countBySource(long sourceId) {
        return database.read("counting the articles of source " + sourceId, handle ->
                handle.createQuery("SELECT COUNT(*) FROM articles WHERE source_id = :source_id")
                        .bind("source_id", sourceId)
                        .mapTo(Long.class)
                        .one());
    }

    /**
     * Hands every article to {@code action} in id order, reading {@code batchSize} at a time. No connection is held
     * while the action runs, so it may be slow (reindexing) and may write. Articles added meanwhile with higher ids
     * are included.
     */
    public void forEach(int batchSize, Consumer<Article> action) {
        Limits.requirePositive(batchSize, "batch size");
        Objects.requireNonNull(action, "action");
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<Article> batch = database.read("reading articles in batches", handle ->
                    handle.createQuery(SELECT + "WHERE id > :after ORDER BY id LIMIT :limit")
                            .bind("after", from)
                            .bind("limit", batchSize)
                            .map((row, ctx) -> rows.article(row))
                            .list());
            batch.forEach(action);
            if (batch.size() < batchSize) return;
            after = batch.getLast().id();
        }
    }

    /** The ids of a source's articles, in id order (to drop them from the search index). */
    public List<Long> idsOfSource(long sourceId) {
        return database.read("listing the article ids of source " + sourceId, handle ->
                handle.createQuery("SELECT id FROM articles WHERE source_id = :source_id ORDER BY id")
                        .bind("source_id", sourceId)
                        .mapTo(Long.class)
                        .list());
    }

    Optional<Article> find(Handle handle, long id) {
        return handle.createQuery(SELECT + "WHERE id = :id")
                .bind("id", id)
                .map((row, ctx) -> rows.article(row))
                .findOne();
    }

    private static long shownAt(ArticleContent content, Instant fetchedAt) {
        Instant published = content.published();
        return Columns.millis(published != null ? published : fetchedAt);
    }

    private static void requireKeys(NewArticle article) {
        Limits.requireKey(article.url(), "article URL");
        Limits.requireKey(article.identity(), "article identity");
        requireCanonical(article.content());
    }

    private static void requireCanonical(ArticleContent content) {
        String canonical = content.canonicalUrl();
        if (canonical != null) Limits.requireIndexable(canonical, "canonical URL");
    }
}
