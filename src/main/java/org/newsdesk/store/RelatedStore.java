package org.newsdesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.newsdesk.store.StoreException.Reason;

/**
 * Each article's related articles as found ahead of reading, best first, so that an article page reads a row
 * instead of searching. The lists are derived from the search index and may name articles removed since: readers
 * of the list look the articles up and skip those gone. Thread-safe.
 */
public final class RelatedStore {

    /** The longest list kept. */
    public static final int MAX_KEPT = 100;

    private final Database database;

    public RelatedStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * The ids kept for an article, best first; empty when none have been found for it yet (an empty list when they
     * were found and there are none).
     */
    public Optional<List<Long>> find(long articleId) {
        return database.read("finding the related articles of article " + articleId, handle ->
                handle.createQuery("SELECT related_ids FROM related_articles WHERE article_id = :id")
                        .bind("id", articleId)
                        .mapTo(String.class)
                        .findOne()
                        .map(ids -> parse(ids, articleId)));
    }

    /**
     * Keeps the lists found, replacing those kept before, in one transaction. Articles removed meanwhile are
     * skipped.
     *
     * @param lists related ids by article id, best first, at most {@value #MAX_KEPT} each
     */
    public void keep(Map<Long, List<Long>> lists, Instant foundAt) {
        Objects.requireNonNull(lists, "lists");
        Objects.requireNonNull(foundAt, "foundAt");
        if (lists.isEmpty()) return;
        lists.forEach((id, related) -> {
            if (related.size() > MAX_KEPT) {
                throw new IllegalArgumentException("at most " + MAX_KEPT + " related articles are kept, article "
                        + id + " has " + related.size());
            }
        });
        database.write("keeping the related articles of " + lists.size() + " articles", handle -> {
            // The WHERE makes SQLite read ON CONFLICT as the upsert, not as part of the SELECT's join.
            PreparedBatch batch = handle.prepareBatch("INSERT INTO related_articles (article_id, related_ids, found_at) "
                    + "SELECT :id, :ids, :at WHERE EXISTS (SELECT 1 FROM articles WHERE id = :id) "
                    + "ON CONFLICT (article_id) DO UPDATE SET related_ids = excluded.related_ids, "
                    + "found_at = excluded.found_at");
            lists.forEach((id, related) -> batch.bind("id", id).bind("ids", format(related))
                    .bind("at", Columns.millis(foundAt)).add());
            return batch.execute();
        });
    }

    /** Ids of articles with nothing kept yet, in id order, after {@code afterId}: the backlog of a backfill. */
    public List<Long> withoutRelated(long afterId, int limit) {
        Limits.requirePositive(limit, "limit");
        return database.read("listing articles without related articles", handle ->
                handle.createQuery("SELECT a.id FROM articles a WHERE a.id > :after AND NOT EXISTS "
                                + "(SELECT 1 FROM related_articles r WHERE r.article_id = a.id) ORDER BY a.id LIMIT :limit")
                        .bind("after", afterId)
                        .bind("limit", limit)
                        .mapTo(Long.class)
                        .list());
    }

    /** How many articles have nothing kept yet. */
    public long countWithoutRelated() {
        return database.read("counting articles without related articles", handle ->
                handle.createQuery("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
                                + "(SELECT 1 FROM related_articles r WHERE r.article_id = a.id)")
                        .mapTo(Long.class)
                        .one());
    }

    private static String format(List<Long> ids) {
        StringBuilder out = new StringBuilder(ids.size() * 7);
        for (Long id : ids) {
            if (!out.isEmpty()) out.append(',');
            out.append(id.longValue());
        }
        return out.toString();
    }

    static List<Long> parse(String ids, long articleId) {
        if (ids.isEmpty()) return List.of();
        List<Long> parsed = new ArrayList<>();
        try {
            for (String id : ids.split(",")) parsed.add(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new StoreException(Reason.CORRUPT, "the related articles kept for article " + articleId
                    + " are not a list of ids: " + ids, e);
        }
        return List.copyOf(parsed);
    }
}
