package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.domain.LabelCount;
import org.newsdesk.domain.LabelKind;
import org.newsdesk.domain.ListingCursor;

/** Articles as pages list them: newest first, by source, category or tag, with counts. Thread-safe. */
public final class ArticleListing {

    /** Articles first shown on a day (UTC). */
    public record DayCount(LocalDate day, long count) {}

    private static final long DAY_MILLIS = 86_400_000L;
    /** The most of a body read for a teaser's lead: several times what a card shows. */
    static final int LEAD_CHARS = 600;

    private final Database database;
    private final ArticleRows rows = new ArticleRows();

    public ArticleListing(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Teasers of the articles of these ids that exist, in the order given, in one query. */
    public List<ArticleTeaser> teasers(List<Long> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) return List.of();
        if (ids.size() > ArticleStore.MAX_IDS) {
            throw new IllegalArgumentException("at most " + ArticleStore.MAX_IDS + " ids at once, was " + ids.size());
        }
        return database.readKept("reading " + ids.size() + " article teasers", statements -> teasers(statements, ids));
    }

    /**
     * Statements for up to 5, 20, 100 and {@value ArticleStore#MAX_IDS} ids: a kept statement for each count of
     * ids would be as many statements; the places left over repeat an id.
     */
    private static final int[] TEASER_SLOTS = {5, 20, 100, ArticleStore.MAX_IDS};
    private static final List<String> TEASER_SQL = Arrays.stream(TEASER_SLOTS)
            .mapToObj(n -> "SELECT id, source_id, title, shown_at, lead_image_url, COALESCE(standfirst, substr(body_text, 1, "
                    + LEAD_CHARS + ")) FROM articles WHERE id IN (" + String.join(", ", Collections.nCopies(n, "?")) + ")")
            .toList();

    /** {@link #teasers(List)} through kept statements. */
    static List<ArticleTeaser> teasers(KeptStatements.Lent statements, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) return List.of();
        int slot = 0;
        while (TEASER_SLOTS[slot] < ids.size()) slot++;
        PreparedStatement query = statements.prepared(TEASER_SQL.get(slot));
        for (int i = 0; i < TEASER_SLOTS[slot]; i++) query.setLong(i + 1, ids.get(Math.min(i, ids.size() - 1)));
        Map<Long, ArticleTeaser> byId = new HashMap<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                ArticleTeaser teaser = new ArticleTeaser(row.getLong(1), row.getLong(2), row.getString(3),
                        Instant.ofEpochMilli(row.getLong(4)), row.getString(6), row.getString(5));
                byId.put(teaser.id(), teaser);
            }
        }
        List<ArticleTeaser> inOrder = new ArrayList<>(byId.size());
        for (Long id : ids) {
            ArticleTeaser teaser = byId.remove(id); // removed, so that an id given twice shows once
            if (teaser != null) inOrder.add(teaser);
        }
        return List.copyOf(inOrder);
    }

    /** A page of the articles the filter selects, newest first, after the cursor when one is given. */
    public List<Article> list(ArticleFilter filter, int limit, @Nullable ListingCursor after) {
        return list(filter, null, limit, after);
    }

    /**
     * A page of the articles the filter selects among a reader's sources, newest first, after the cursor when one is
     * given.
     *
     * @param lens the reader's sources; null for every source
     */
    public List<Article> list(ArticleFilter filter, @Nullable ReaderSources lens, int limit, @Nullable ListingCursor after) {
        Limits.requirePositive(limit, "limit");
        // With a label, walk the label's own (kind, key, shown_at) index and join the articles page by page.
        boolean byLabel = filter.category() != null || filter.tag() != null;
        String order = byLabel ? "l" : "a";
        String id = byLabel ? "l.article_id" : "a.id";
        StringBuilder sql = new StringBuilder("SELECT ").append(ArticleRows.articleColumns("a")).append(" FROM ");
        List<String> where = new ArrayList<>();
        if (byLabel) {
            sql.append("article_labels l JOIN articles a ON a.id = l.article_id");
            where.add("l.kind = :kind AND l.label_key = :key");
        } else {
            sql.append("articles a");
        }
        if (filter.sourceId() != null) where.add("a.source_id = :source_id");
        if (lens != null) where.add(lens.condition("a"));
        if (after != null) where.add("(" + order + ".shown_at < :at OR (" + order + ".shown_at = :at AND " + id + " < :id))");
        if (!where.isEmpty()) sql.append(" WHERE ").append(String.join(" AND ", where));
        sql.append(" ORDER BY ").append(order).append(".shown_at DESC, ").append(id).append(" DESC LIMIT :limit");
        return database.read("listing articles", handle -> {
            Query query = handle.createQuery(sql.toString()).bind("limit", limit);
            bindFilter(query, filter);
            if (lens != null) query.bind("lens_reader", lens.readerId());
            if (after != null) query.bind("at", after.shownAtMillis()).bind("id", after.id());
            return query.map((row, ctx) -> rows.article(row)).list();
        });
    }

    /** How many articles the filter selects. */
    public long count(ArticleFilter filter) {
        if (filter.sourceId() == null && (filter.category() != null || filter.tag() != null)) {
            LabelKind kind = filter.category() != null ? LabelKind.CATEGORY : LabelKind.TAG;
            String key = ArticleFilter.key(filter.category() != null ? filter.category() : filter.tag());
            return database.read("counting a label", handle -> handle.createQuery(
                            "SELECT count FROM label_counts WHERE kind = :kind AND label_key = :key")
                    .bind("kind", kind.name()).bind("key", key).mapTo(Long.class).findOne().orElse(0L));
        }
        String sql = filter.category() != null || filter.tag() != null
                ? "SELECT COUNT(*) FROM article_labels l" + (filter.sourceId() != null ? " JOIN articles a ON a.id = l.article_id" : "")
                        + " WHERE l.kind = :kind AND l.label_key = :key" + (filter.sourceId() != null ? " AND a.source_id = :source_id" : "")
                : "SELECT COUNT(*) FROM articles a" + (filter.sourceId() != null ? " WHERE a.source_id = :source_id" : "");
        return database.read("counting articles", handle -> {
            Query query = handle.createQuery(sql);
            bindFilter(query, filter);
            return query.mapTo(Long.class).one();
        });
    }

    /** How many articles the filter selects among a reader's sources; null for every source. */
    public long count(ArticleFilter filter, @Nullable ReaderSources lens) {
        if (lens == null) return count(filter);
        boolean byLabel = filter.category() != null || filter.tag() != null;
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ")
                .append(byLabel ? "article_labels l JOIN articles a ON a.id = l.article_id WHERE l.kind = :kind AND l.label_key = :key AND "
                        : "articles a WHERE ");
        if (filter.sourceId() != null) sql.append("a.source_id = :source_id AND ");
        sql.append(lens.condition("a"));
        return database.read("counting a reader's articles", handle -> {
            Query query = handle.createQuery(sql.toString()).bind("lens_reader", lens.readerId());
            bindFilter(query, filter);
            return query.mapTo(Long.class).one();
        });
    }

    /** The labels of a kind, most used first, with their spelling as first seen. */
    public List<LabelCount> labels(LabelKind kind, int limit) {
        Limits.requirePositive(limit, "limit");
        return database.read("counting labels", handle -> handle.createQuery(
                        "SELECT label, count AS n FROM label_counts WHERE kind = :kind AND count > 0 "
                                + "ORDER BY count DESC, label_key LIMIT :limit")
                .bind("kind", kind.name())
                .bind("limit", limit)
                .map((row, ctx) -> new LabelCount(row.getString("label"), row.getLong("n")))
                .list());
    }

    /** The label as first spelled, for a key typed in a URL in any case; null when no article carries it. */
    public @Nullable String label(LabelKind kind, String label) {
        return database.read("finding a label", handle -> handle.createQuery(
                        "SELECT MIN(label) FROM article_labels WHERE kind = :kind AND label_key = :key")
                .bind("kind", kind.name())
                .bind("key", ArticleFilter.key(label))
                .mapTo(String.class).findOne().orElse(null));
    }

    /** Articles per day of one source since a time, oldest day first; days without articles are left out. */
    public List<DayCount> perDay(long sourceId, Instant since) {
        return database.read("counting articles per day", handle -> handle.createQuery(
                        "SELECT shown_at / " + DAY_MILLIS + " AS day, COUNT(*) AS n FROM articles "
                                + "WHERE source_id = :source_id AND shown_at >= :since GROUP BY shown_at / " + DAY_MILLIS
                                + " ORDER BY day")
                .bind("source_id", sourceId)
                .bind("since", since.toEpochMilli())
                .map((row, ctx) -> new DayCount(LocalDate.ofEpochDay(row.getLong("day")), row.getLong("n")))
                .list());
    }

    private static void bindFilter(Query query, ArticleFilter filter) {
        if (filter.category() != null) query.bind("kind", LabelKind.CATEGORY.name()).bind("key", ArticleFilter.key(filter.category()));
        else if (filter.tag() != null) query.bind("kind", LabelKind.TAG.name()).bind("key", ArticleFilter.key(filter.tag()));
        if (filter.sourceId() != null) query.bind("source_id", filter.sourceId());
    }

}
