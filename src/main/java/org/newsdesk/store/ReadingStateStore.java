package org.newsdesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.newsdesk.domain.ArticleScope;
import org.newsdesk.domain.UnreadCount;

/**
 * What each reader has read and starred, kept compact: per reader and source a "read up to" marker plus exception
 * sets (see V13). Marking one article adds or drops at most one exception row; "mark all as read" moves markers.
 * Article ids the reader cannot know are ignored. Thread-safe.
 */
public final class ReadingStateStore {
    /** Lists of ids are sent in pieces this long: both backends cap the parameters of one statement. */
    static final int CHUNK = 500;

    /** How many rows a reader's reading state takes, to see that it stays small. */
    public record Footprint(long markers, long readExceptions, long unreadExceptions, long stars) {}

    private final Database database;
    private final ReadingMarks marks = new ReadingMarks();

    public ReadingStateStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Marks articles read; returns how many exist. */
    public int markRead(long readerId, Collection<Long> articleIds) {
        return database.write("marking articles read for reader " + readerId,
                handle -> marks.mark(handle, readerId, List.copyOf(articleIds), true));
    }

    /** Marks articles unread; returns how many exist. */
    public int markUnread(long readerId, Collection<Long> articleIds) {
        return database.write("marking articles unread for reader " + readerId,
                handle -> marks.mark(handle, readerId, List.copyOf(articleIds), false));
    }

    /** Stars articles (keeping the first star's time); returns how many exist. */
    public int star(long readerId, Collection<Long> articleIds, Instant at) {
        return database.write("starring articles for reader " + readerId, handle -> {
            int known = 0;
            for (List<Long> chunk : chunks(List.copyOf(articleIds))) {
                known += handle.createUpdate("INSERT INTO stars (reader_id, article_id, starred_at) SELECT :reader, "
                                + "a.id, :at FROM articles a WHERE a.id IN (<ids>) "
                                + "ON CONFLICT (reader_id, article_id) DO NOTHING")
                        .bind("reader", readerId).bind("at", Columns.millis(at)).bindList("ids", chunk).execute();
            }
            return known;
        });
    }

    /** Takes the stars off articles; returns how many were starred. */
    public int unstar(long readerId, Collection<Long> articleIds) {
        return database.write("unstarring articles for reader " + readerId, handle -> {
            int removed = 0;
            for (List<Long> chunk : chunks(List.copyOf(articleIds))) {
                removed += handle.createUpdate("DELETE FROM stars WHERE reader_id = :reader AND article_id IN (<ids>)")
                        .bind("reader", readerId).bindList("ids", chunk).execute();
            }
            return removed;
        });
    }

    /**
     * Marks read every article of a scope first fetched at or before {@code cutoff}; later ones keep their state, so
     * a client's "mark all as read" does not swallow articles it has not shown yet.
     */
    public void markAllRead(long readerId, ArticleScope scope, Instant cutoff) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(cutoff, "cutoff");
        database.write("marking all as read for reader " + readerId, handle -> {
            switch (scope) {
                case ArticleScope.Starred s -> marks.mark(handle, readerId, starredBefore(handle, readerId, cutoff), true);
                case ArticleScope.Articles list -> marks.mark(handle, readerId,
                        fetchedBefore(handle, list.articleIds(), cutoff), true);
                default -> {
                    for (long sourceId : sourcesOf(handle, readerId, scope)) {
                        marks.markSourceRead(handle, readerId, sourceId, cutoff);
                    }
                }
            }
            return null;
        });
    }

    /** The reader's unread counts for each subscribed source that has unread articles, by source id. */
    public List<UnreadCount> unreadCounts(long readerId) {
        return database.read("counting unread articles of reader " + readerId, handle ->
                handle.createQuery("SELECT a.source_id, COUNT(*) AS unread, MAX(a.fetched_at) AS newest FROM articles a"
                                + ReadingSql.MARKER_JOIN + "WHERE " + ReadingSql.SUBSCRIBED + " AND " + ReadingSql.UNREAD
                                + " GROUP BY a.source_id ORDER BY a.source_id")
                        .bind("reader", readerId)
                        .map((row, ctx) -> new UnreadCount(row.getLong("source_id"), row.getLong("unread"),
                                Columns.instant(row, "newest")))
                        .list());
    }

    /** How many articles of a scope the reader has not read. */
    public long countUnread(long readerId, ArticleScope scope) {
        return database.read("counting unread articles of reader " + readerId, handle ->
                ReadingSql.bindScope(handle.createQuery("SELECT COUNT(*) FROM articles a" + ReadingSql.MARKER_JOIN
                                + "WHERE " + ReadingSql.scope(scope) + " AND " + ReadingSql.UNREAD), scope)
                        .bind("reader", readerId).mapTo(Long.class).one());
    }

    /** Ids of the unread articles of the reader's subscriptions, newest first, up to {@code limit}. */
    public List<Long> unreadIds(long readerId, int limit) {
        Limits.requirePositive(limit, "limit");
        return database.read("listing unread articles of reader " + readerId, handle ->
                handle.createQuery("SELECT a.id FROM articles a" + ReadingSql.MARKER_JOIN + "WHERE "
                                + ReadingSql.SUBSCRIBED + " AND " + ReadingSql.UNREAD + " ORDER BY a.id DESC LIMIT :limit")
                        .bind("reader", readerId).bind("limit", limit).mapTo(Long.class).list());
    }

    /** Ids of the reader's starred articles, newest first, up to {@code limit}. */
    public List<Long> starredIds(long readerId, int limit) {
        Limits.requirePositive(limit, "limit");
        return database.read("listing starred articles of reader " + readerId, handle ->
                handle.createQuery("SELECT article_id FROM stars WHERE reader_id = :reader ORDER BY article_id DESC "
                                + "LIMIT :limit")
                        .bind("reader", readerId).bind("limit", limit).mapTo(Long.class).list());
    }

    /** Ids among {@code articleIds} the reader has read (a story is read when all its articles are). */
    public List<Long> readAmong(long readerId, Collection<Long> articleIds) {
        List<Long> read = new ArrayList<>();
        for (List<Long> chunk : chunks(List.copyOf(articleIds))) {
            read.addAll(database.read("reading the state of articles for reader " + readerId, handle ->
                    handle.createQuery("SELECT a.id FROM articles a" + ReadingSql.MARKER_JOIN
                                    + "WHERE a.id IN (<ids>) AND " + ReadingSql.READ + " ORDER BY a.id")
                            .bind("reader", readerId).bindList("ids", chunk).mapTo(Long.class).list()));
        }
        return read;
    }

    /**
     * Marks read, for every reader, the articles of the sources they follow or have marks in that were first
     * fetched before {@code cutoff}: the archive policy's end of unread. Their exceptions fold into the markers.
     * Returns how many (reader, source) markers were considered.
     */
    public int foldBefore(Instant cutoff) {
        List<long[]> pairs = database.read("listing reading markers", handle ->
                handle.createQuery("SELECT reader_id, source_id FROM subscriptions UNION "
                                + "SELECT reader_id, source_id FROM read_markers ORDER BY reader_id, source_id")
                        .map((row, ctx) -> new long[] {row.getLong("reader_id"), row.getLong("source_id")}).list());
        for (long[] pair : pairs) {
            database.write("folding old reading state of reader " + pair[0], handle -> {
                marks.markSourceRead(handle, pair[0], pair[1], cutoff);
                return null;
            });
        }
        return pairs.size();
    }

    public Footprint footprint(long readerId) {
        return database.read("measuring the reading state of reader " + readerId, handle -> new Footprint(
                count(handle, "read_markers", readerId), count(handle, "read_exceptions", readerId),
                count(handle, "unread_exceptions", readerId), count(handle, "stars", readerId)));
    }

    private static long count(Handle handle, String table, long readerId) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE reader_id = :reader")
                .bind("reader", readerId).mapTo(Long.class).one();
    }

    private static List<Long> sourcesOf(Handle handle, long readerId, ArticleScope scope) {
        String sql = switch (scope) {
            case ArticleScope.Subscribed s -> "SELECT source_id FROM subscriptions WHERE reader_id = :reader";
            case ArticleScope.Everything e -> "SELECT id FROM sources WHERE id NOT IN "
                    + "(SELECT source_id FROM hidden_sources WHERE reader_id = :reader)";
            case ArticleScope.OfSource s -> "SELECT id FROM sources WHERE id = :scope_source";
            case ArticleScope.InFolder f ->
                    "SELECT source_id FROM subscriptions WHERE reader_id = :reader AND folder_id = :scope_folder";
            case ArticleScope.InCategory c -> "SELECT id FROM sources WHERE category = :scope_category";
            case ArticleScope.Starred s -> throw new IllegalArgumentException("starred articles have no sources");
            case ArticleScope.Articles a -> throw new IllegalArgumentException("named articles have no sources");
        };
        var query = ReadingSql.bindScope(handle.createQuery(sql), scope);
        if (sql.contains(":reader")) query.bind("reader", readerId);
        return query.mapTo(Long.class).list();
    }

    private static List<Long> starredBefore(Handle handle, long readerId, Instant cutoff) {
        return handle.createQuery("SELECT a.id FROM stars st JOIN articles a ON a.id = st.article_id "
                        + "WHERE st.reader_id = :reader AND a.fetched_at <= :cutoff")
                .bind("reader", readerId).bind("cutoff", Columns.millis(cutoff)).mapTo(Long.class).list();
    }

    private static List<Long> fetchedBefore(Handle handle, List<Long> ids, Instant cutoff) {
        List<Long> found = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            found.addAll(handle.createQuery("SELECT id FROM articles WHERE id IN (<ids>) AND fetched_at <= :cutoff")
                    .bindList("ids", chunk).bind("cutoff", Columns.millis(cutoff)).mapTo(Long.class).list());
        }
        return found;
    }

    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        return chunks;
    }
}
