package org.newsdesk.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.statement.Query;
import org.newsdesk.domain.ArticleScope;
import org.newsdesk.domain.ItemRef;
import org.newsdesk.domain.ReadingItem;

/** Articles as one reader sees them, with their read and starred marks: reading lists and sync API streams. */
public final class ItemStore {
    /** A reader may open the articles of the sources they follow, and any they starred. */
    private static final String VISIBLE = "(" + ReadingSql.SUBSCRIBED + " OR " + ReadingSql.STARRED + ")";

    private final Database database;
    private final ArticleRows rows = new ArticleRows();

    public ItemStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** A page of articles with their text. */
    public List<ReadingItem> items(ItemQuery query) {
        return database.read("listing articles for reader " + query.readerId(), handle ->
                bind(handle.createQuery("SELECT " + ReadingSql.ARTICLE_COLUMNS + ", " + ReadingSql.STATE_COLUMNS
                        + " FROM articles a" + ReadingSql.MARKER_JOIN + where(query) + order(query)), query)
                        .bind("limit", query.limit())
                        .map((row, ctx) -> new ReadingItem(rows.article(row), row.getInt("is_read") == 1,
                                row.getInt("is_starred") == 1))
                        .list());
    }

    /** A page of article ids with their marks, without the text: for long id listings. */
    public List<ItemRef> refs(ItemQuery query) {
        return database.read("listing article ids for reader " + query.readerId(), handle ->
                bind(handle.createQuery("SELECT a.id, a.source_id, a.fetched_at, " + ReadingSql.STATE_COLUMNS
                        + " FROM articles a" + ReadingSql.MARKER_JOIN + where(query) + order(query)), query)
                        .bind("limit", query.limit())
                        .map((row, ctx) -> new ItemRef(row.getLong("id"), row.getLong("source_id"),
                                Columns.instant(row, "fetched_at"), row.getInt("is_read") == 1,
                                row.getInt("is_starred") == 1))
                        .list());
    }

    /** How many articles the query matches, ignoring its keyset and limit. */
    public long count(ItemQuery query) {
        ItemQuery all = query.idsBetween(null, null);
        return database.read("counting articles for reader " + query.readerId(), handle ->
                bind(handle.createQuery("SELECT COUNT(*) FROM articles a" + ReadingSql.MARKER_JOIN + where(all)), all)
                        .mapTo(Long.class).one());
    }

    /**
     * The named articles the reader may open (from sources they follow, or starred), in id order; ids of other
     * articles are left out, so a reader cannot read through another's subscriptions.
     */
    public List<ReadingItem> visible(long readerId, Collection<Long> articleIds) {
        List<ReadingItem> found = new ArrayList<>();
        for (List<Long> chunk : ReadingStateStore.chunks(List.copyOf(articleIds))) {
            found.addAll(database.read("reading articles for reader " + readerId, handle ->
                    handle.createQuery("SELECT " + ReadingSql.ARTICLE_COLUMNS + ", " + ReadingSql.STATE_COLUMNS
                                    + " FROM articles a" + ReadingSql.MARKER_JOIN + "WHERE a.id IN (<ids>) AND "
                                    + VISIBLE + " ORDER BY a.id")
                            .bind("reader", readerId).bindList("ids", chunk)
                            .map((row, ctx) -> new ReadingItem(rows.article(row), row.getInt("is_read") == 1,
                                    row.getInt("is_starred") == 1))
                            .list()));
        }
        return found;
    }

    /** Which of the named articles the reader may open, in id order. */
    public List<Long> visibleIds(long readerId, Collection<Long> articleIds) {
        List<Long> found = new ArrayList<>();
        for (List<Long> chunk : ReadingStateStore.chunks(List.copyOf(articleIds))) {
            found.addAll(database.read("checking articles for reader " + readerId, handle ->
                    handle.createQuery("SELECT a.id FROM articles a WHERE a.id IN (<ids>) AND " + VISIBLE
                                    + " ORDER BY a.id")
                            .bind("reader", readerId).bindList("ids", chunk).mapTo(Long.class).list()));
        }
        return found;
    }

    private static String where(ItemQuery query) {
        StringBuilder where = new StringBuilder("WHERE ").append(ReadingSql.scope(query.scope()));
        switch (query.readFilter()) {
            case READ -> where.append(" AND ").append(ReadingSql.READ);
            case UNREAD -> where.append(" AND ").append(ReadingSql.UNREAD);
            case ANY -> { }
        }
        if (query.starredOnly() && !(query.scope() instanceof ArticleScope.Starred)) {
            where.append(" AND ").append(ReadingSql.STARRED);
        }
        if (query.fetchedFrom() != null) where.append(" AND a.fetched_at >= :fetched_from");
        if (query.fetchedBefore() != null) where.append(" AND a.fetched_at < :fetched_before");
        if (query.readKeptFrom() != null) {
            where.append(" AND (a.fetched_at >= :read_kept_from OR ").append(ReadingSql.UNREAD).append(" OR ")
                    .append(ReadingSql.STARRED).append(')');
        }
        if (query.afterId() != null) where.append(" AND a.id > :after_id");
        if (query.beforeId() != null) where.append(" AND a.id < :before_id");
        return where.toString();
    }

    private static String order(ItemQuery query) {
        return query.oldestFirst() ? " ORDER BY a.id LIMIT :limit" : " ORDER BY a.id DESC LIMIT :limit";
    }

    private static Query bind(Query statement, ItemQuery query) {
        ReadingSql.bindScope(statement, query.scope()).bind("reader", query.readerId());
        if (query.fetchedFrom() != null) statement.bind("fetched_from", Columns.millisCeiling(query.fetchedFrom()));
        if (query.fetchedBefore() != null) statement.bind("fetched_before", Columns.millisCeiling(query.fetchedBefore()));
        if (query.readKeptFrom() != null) statement.bind("read_kept_from", Columns.millis(query.readKeptFrom()));
        if (query.afterId() != null) statement.bind("after_id", query.afterId());
        if (query.beforeId() != null) statement.bind("before_id", query.beforeId());
        return statement;
    }
}
