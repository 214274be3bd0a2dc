package org.newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The writes behind the reading state, on an open transaction. Keeps V13's invariants: read exceptions above the
 * marker, unread exceptions at or below it. Thread-safe (stateless).
 */
final class ReadingMarks {

    /** Marks articles read or unread with one exception row each at most; returns how many exist. */
    int mark(Handle handle, long readerId, List<Long> articleIds, boolean read) {
        int known = 0;
        for (List<Long> chunk : ReadingStateStore.chunks(articleIds)) {
            List<long[]> articles = handle.createQuery("SELECT a.id, COALESCE(m.read_through, 0) AS marker "
                            + "FROM articles a" + ReadingSql.MARKER_JOIN + "WHERE a.id IN (<ids>)")
                    .bind("reader", readerId).bindList("ids", chunk)
                    .map((row, ctx) -> new long[] {row.getLong("id"), row.getLong("marker")}).list();
            for (long[] article : articles) {
                boolean belowMarker = article[0] <= article[1];
                String table = belowMarker ? "unread_exceptions" : "read_exceptions";
                // Below the marker an article is read unless it is an unread exception; above, the reverse.
                boolean addException = belowMarker != read;
                String sql = addException
                        ? "INSERT INTO " + table + " (reader_id, article_id) VALUES (:reader, :article) "
                                + "ON CONFLICT (reader_id, article_id) DO NOTHING"
                        : "DELETE FROM " + table + " WHERE reader_id = :reader AND article_id = :article";
                handle.createUpdate(sql).bind("reader", readerId).bind("article", article[0]).execute();
            }
            known += articles.size();
        }
        return known;
    }

    /**
     * Marks read the articles of one source first fetched at or before the cutoff. The marker moves up to the
     * newest of them; articles it passes that came later and were unread become unread exceptions.
     */
    void markSourceRead(Handle handle, long readerId, long sourceId, Instant cutoff) {
        long old = handle.createQuery("SELECT read_through FROM read_markers WHERE reader_id = :reader "
                        + "AND source_id = :source")
                .bind("reader", readerId).bind("source", sourceId).mapTo(Long.class).findOne().orElse(0L);
        Optional<Long> newest = handle.createQuery("SELECT MAX(id) FROM articles WHERE source_id = :source "
                        + "AND fetched_at <= :cutoff")
                .bind("source", sourceId).bind("cutoff", Columns.millis(cutoff)).mapTo(Long.class).findOne();
        long marker = Math.max(old, newest.orElse(0L));
        if (marker > old) {
            handle.createUpdate("INSERT INTO unread_exceptions (reader_id, article_id) SELECT :reader, a.id "
                            + "FROM articles a WHERE a.source_id = :source AND a.id > :old AND a.id <= :marker "
                            + "AND a.fetched_at > :cutoff AND NOT EXISTS (SELECT 1 FROM read_exceptions re "
                            + "WHERE re.reader_id = :reader AND re.article_id = a.id)")
                    .bind("reader", readerId).bind("source", sourceId).bind("old", old).bind("marker", marker)
                    .bind("cutoff", Columns.millis(cutoff)).execute();
            handle.createUpdate("DELETE FROM read_exceptions WHERE reader_id = :reader AND article_id IN "
                            + "(SELECT id FROM articles WHERE source_id = :source AND id <= :marker)")
                    .bind("reader", readerId).bind("source", sourceId).bind("marker", marker).execute();
            handle.createUpdate("INSERT INTO read_markers (reader_id, source_id, read_through) "
                            + "VALUES (:reader, :source, :marker) ON CONFLICT (reader_id, source_id) "
                            + "DO UPDATE SET read_through = excluded.read_through")
                    .bind("reader", readerId).bind("source", sourceId).bind("marker", marker).execute();
        }
        handle.createUpdate("DELETE FROM unread_exceptions WHERE reader_id = :reader AND article_id IN "
                        + "(SELECT id FROM articles WHERE source_id = :source AND id <= :marker "
                        + "AND fetched_at <= :cutoff)")
                .bind("reader", readerId).bind("source", sourceId).bind("marker", marker)
                .bind("cutoff", Columns.millis(cutoff)).execute();
    }
}
