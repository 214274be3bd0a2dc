package org.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.domain.AppPassword;

/** App passwords for the sync APIs, found by the hash of their secret or of Fever's key. Thread-safe. */
public final class AppPasswordStore {
    private static final String COLUMNS = "id, reader_id, label, created_at, last_used_at";

    private final Database database;

    public AppPasswordStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** @throws StoreException NOT_FOUND when the reader does not exist */
    public AppPassword add(long readerId, String label, String secretHash, String feverKeyHash, Instant at) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(feverKeyHash, "feverKeyHash");
        return database.write("adding an app password for reader " + readerId, handle -> {
            long id = handle.createQuery("INSERT INTO app_passwords (reader_id, label, secret_hash, fever_key, "
                            + "created_at) VALUES (:reader, :label, :secret, :fever, :at) RETURNING id")
                    .bind("reader", readerId)
                    .bind("label", Columns.text(label))
                    .bind("secret", secretHash)
                    .bind("fever", feverKeyHash)
                    .bind("at", Columns.millis(at))
                    .mapTo(Long.class)
                    .one();
            return handle.createQuery("SELECT " + COLUMNS + " FROM app_passwords WHERE id = :id")
                    .bind("id", id).map((row, ctx) -> appPassword(row)).one();
        });
    }

    public List<AppPassword> listByReader(long readerId) {
        return database.read("listing the app passwords of reader " + readerId, handle ->
                handle.createQuery("SELECT " + COLUMNS + " FROM app_passwords WHERE reader_id = :reader ORDER BY id")
                        .bind("reader", readerId).map((row, ctx) -> appPassword(row)).list());
    }

    public Optional<AppPassword> findBySecretHash(String secretHash) {
        return findBy("secret_hash", secretHash);
    }

    public Optional<AppPassword> findByFeverKeyHash(String feverKeyHash) {
        return findBy("fever_key", feverKeyHash);
    }

    public void touch(long id, Instant at) {
        database.write("recording use of app password " + id, handle ->
                handle.createUpdate("UPDATE app_passwords SET last_used_at = :at WHERE id = :id")
                        .bind("at", Columns.millis(at)).bind("id", id).execute());
    }

    /** Revokes an app password and ends the API sessions opened with it; false when the reader has no such one. */
    public boolean remove(long readerId, long id) {
        return database.write("revoking app password " + id, handle ->
                handle.createUpdate("DELETE FROM app_passwords WHERE id = :id AND reader_id = :reader")
                        .bind("id", id).bind("reader", readerId).execute() > 0);
    }

    private Optional<AppPassword> findBy(String column, String hash) {
        Objects.requireNonNull(hash, "hash");
        return database.read("finding an app password", handle ->
                handle.createQuery("SELECT " + COLUMNS + " FROM app_passwords WHERE " + column + " = :hash")
                        .bind("hash", hash).map((row, ctx) -> appPassword(row)).findOne());
    }

    private static AppPassword appPassword(ResultSet row) throws SQLException {
        return new AppPassword(row.getLong("id"), row.getLong("reader_id"), row.getString("label"),
                Columns.instant(row, "created_at"), Columns.instantOrNull(row, "last_used_at"));
    }
}
