package org.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.domain.SavedSearch;
import org.newsdesk.store.StoreException.Reason;

/** Readers' saved searches. Thread-safe. */
public final class SavedSearchStore {
    private static final String COLUMNS = "id, reader_id, name, query, created_at";

    private final Database database;

    public SavedSearchStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** @throws StoreException DUPLICATE when the reader has a saved search of that name */
    public SavedSearch add(long readerId, String name, String query, Instant at) {
        Limits.requireKey(name, "saved search name");
        Limits.requireKey(query, "saved search query");
        try {
            return database.write("saving a search for reader " + readerId, handle -> {
                long id = handle.createQuery("INSERT INTO saved_searches (reader_id, name, query, created_at) "
                                + "VALUES (:reader, :name, :query, :at) RETURNING id")
                        .bind("reader", readerId).bind("name", Columns.text(name.strip()))
                        .bind("query", Columns.text(query.strip())).bind("at", Columns.millis(at))
                        .mapTo(Long.class).one();
                return handle.createQuery("SELECT " + COLUMNS + " FROM saved_searches WHERE id = :id")
                        .bind("id", id).map((row, ctx) -> savedSearch(row)).one();
            });
        } catch (StoreException e) {
            if (e.reason() != Reason.DUPLICATE) throw e;
            throw new StoreException(Reason.DUPLICATE, "there is a saved search named " + name.strip() + " already", e);
        }
    }

    /** A reader's saved searches, by name. */
    public List<SavedSearch> list(long readerId) {
        return database.read("listing the saved searches of reader " + readerId, handle ->
                handle.createQuery("SELECT " + COLUMNS + " FROM saved_searches WHERE reader_id = :reader "
                                + "ORDER BY name, id")
                        .bind("reader", readerId).map((row, ctx) -> savedSearch(row)).list());
    }

    public Optional<SavedSearch> find(long id) {
        return database.read("finding saved search " + id, handle ->
                handle.createQuery("SELECT " + COLUMNS + " FROM saved_searches WHERE id = :id")
                        .bind("id", id).map((row, ctx) -> savedSearch(row)).findOne());
    }

    /** False when the reader has no such saved search. */
    public boolean remove(long readerId, long id) {
        return database.write("removing saved search " + id, handle ->
                handle.createUpdate("DELETE FROM saved_searches WHERE id = :id AND reader_id = :reader")
                        .bind("id", id).bind("reader", readerId).execute() > 0);
    }

    private static SavedSearch savedSearch(ResultSet row) throws SQLException {
        return new SavedSearch(row.getLong("id"), row.getLong("reader_id"), row.getString("name"),
                row.getString("query"), Columns.instant(row, "created_at"));
    }
}
