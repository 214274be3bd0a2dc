package org.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Ban;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.store.StoreException.Reason;

/** Readers, their password hashes and their bans. Names are unique regardless of case. Thread-safe. */
public final class ReaderStore {
    private static final String COLUMNS = "id, name, role, created_at";

    /** A reader with the hash to check a password against; never leaves the services that sign in. */
    public record Credentials(Reader reader, String passwordHash) {
        public Credentials {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(passwordHash, "passwordHash");
        }
    }

    private final Database database;

    /** Readers added or removed by this process: see {@link #changes()}. */
    private final AtomicLong changes = new AtomicLong();

    public ReaderStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * A number that moves after this process adds or removes a reader, for answers kept about readers in general
     * ("are there any?"); another process's changes do not move it.
     */
    public long changes() {
        return changes.get();
    }

    /** @throws StoreException DUPLICATE when the name is taken, in any case */
    public Reader add(String name, Role role, String passwordHash, Instant at) {
        requireName(name);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        try {
            Reader added = database.write("adding the reader " + name, handle -> insert(handle, name, role, passwordHash, at));
            changes.incrementAndGet();
            return added;
        } catch (StoreException e) {
            throw duplicateName(e, name);
        }
    }

    /** Adds the reader only when there is none yet: the first account. Empty when someone was first. */
    public Optional<Reader> addFirst(String name, Role role, String passwordHash, Instant at) {
        requireName(name);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Optional<Reader> added = database.write("adding the first reader " + name, handle -> insertIf(handle, name, role,
                passwordHash, at, "SELECT :name, :name_key, :role, :hash, :at, :at WHERE NOT EXISTS (SELECT 1 FROM readers)"));
        changes.incrementAndGet();
        return added;
    }

    public Optional<Reader> find(long id) {
        return database.read("finding reader " + id, handle -> find(handle, id));
    }

    /** The reader of that name, in any case. */
    public Optional<Reader> findByName(String name) {
        Objects.requireNonNull(name, "name");
        return database.read("finding the reader " + name, handle ->
                handle.createQuery("SELECT " + COLUMNS + " FROM readers WHERE name_key = :key")
                        .bind("key", Names.key(Columns.text(name)))
                        .map((row, ctx) -> reader(row))
                        .findOne());
    }

    public Optional<Credentials> credentials(String name) {
        Objects.requireNonNull(name, "name");
        return database.read("reading the credentials of " + name, handle ->
                handle.createQuery("SELECT " + COLUMNS + ", password_hash FROM readers WHERE name_key = :key")
                        .bind("key", Names.key(Columns.text(name)))
                        .map((row, ctx) -> new Credentials(reader(row), row.getString("password_hash")))
                        .findOne());
    }

    public Optional<String> passwordHash(long id) {
        return database.read("reading the password hash of reader " + id, handle ->
                handle.createQuery("SELECT password_hash FROM readers WHERE id = :id")
                        .bind("id", id).mapTo(String.class).findOne());
    }

    /** Every reader, by id. */
    public List<Reader> list() {
        return database.read("listing readers", handle ->
                handle.createQuery("SELECT " + COLUMNS + " FROM readers ORDER BY id")
                        .map((row, ctx) -> reader(row)).list());
    }

    public long count() {
        return database.read("counting readers", handle ->
                handle.createQuery("SELECT COUNT(*) FROM readers").mapTo(Long.class).one());
    }

    public long countAdmins() {
        return database.read("counting admins", handle ->
                handle.createQuery("SELECT COUNT(*) FROM readers WHERE role = :role")
                        .bind("role", Role.ADMIN.name()).mapTo(Long.class).one());
    }

    /** @throws StoreException NOT_FOUND when there is no such reader */
    public void setPasswordHash(long id, String passwordHash, Instant at) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        int changed = database.write("changing the password of reader " + id, handle ->
                handle.createUpdate("UPDATE readers SET password_hash = :hash, password_changed_at = :at WHERE id = :id")
                        .bind("hash", passwordHash).bind("at", Columns.millis(at)).bind("id", id).execute());
        if (changed == 0) throw notFound(id);
    }

    /** @throws StoreException NOT_FOUND when there is no such reader */
    public void setRole(long id, Role role) {
        Objects.requireNonNull(role, "role");
        int changed = database.write("changing the role of reader " + id, handle ->
                handle.createUpdate("UPDATE readers SET role = :role WHERE id = :id")
                        .bind("role", role.name()).bind("id", id).execute());
        if (changed == 0) throw notFound(id);
    }

    /** Removes a reader with everything that is theirs: sessions, subscriptions, reading state, comments. */
    public boolean remove(long id) {
        boolean removed = database.write("removing reader " + id, handle ->
                handle.createUpdate("DELETE FROM readers WHERE id = :id").bind("id", id).execute() > 0);
        changes.incrementAndGet();
        return removed;
    }

    /** Bans a reader from commenting, replacing an earlier ban. */
    public void ban(Ban ban) {
        Objects.requireNonNull(ban, "ban");
        try {
            database.write("banning reader " + ban.readerId(), handle -> {
                handle.createUpdate("DELETE FROM bans WHERE reader_id = :id").bind("id", ban.readerId()).execute();
                return handle.createUpdate("INSERT INTO bans (reader_id, banned_by, reason, created_at, ends_at) "
                                + "VALUES (:reader_id, :banned_by, :reason, :created_at, :ends_at)")
                        .bind("reader_id", ban.readerId())
                        .bind("banned_by", ban.bannedBy())
                        .bind("reason", Columns.text(ban.reason()))
                        .bind("created_at", Columns.millis(ban.createdAt()))
                        .bind("ends_at", Columns.millisOrNull(ban.endsAt()))
                        .execute();
            });
        } catch (StoreException e) {
            if (e.reason() != Reason.NOT_FOUND) throw e;
            throw notFound(ban.readerId());
        }
    }

    /** Lifts a ban; false when there was none. */
    public boolean unban(long readerId) {
        return database.write("lifting the ban of reader " + readerId, handle ->
                handle.createUpdate("DELETE FROM bans WHERE reader_id = :id").bind("id", readerId).execute() > 0);
    }

    public Optional<Ban> findBan(long readerId) {
        return database.read("finding the ban of reader " + readerId, handle ->
                handle.createQuery("SELECT reader_id, banned_by, reason, created_at, ends_at FROM bans "
                                + "WHERE reader_id = :id")
                        .bind("id", readerId)
                        .map((row, ctx) -> new Ban(row.getLong("reader_id"), nullableLong(row, "banned_by"),
                                row.getString("reason"), Columns.instant(row, "created_at"),
                                Columns.instantOrNull(row, "ends_at")))
                        .findOne());
    }

    /** Adds a reader on an open transaction. */
    static Reader insert(Handle handle, String name, Role role, String hash, Instant at) {
        return insertIf(handle, name, role, hash, at, "VALUES (:name, :name_key, :role, :hash, :at, :at)").orElseThrow();
    }

    private static Optional<Reader> insertIf(Handle handle, String name, Role role, String hash, Instant at,
                                             String values) {
        Optional<Long> id = handle.createQuery("INSERT INTO readers (name, name_key, role, password_hash, created_at, "
                        + "password_changed_at) " + values + " RETURNING id")
                .bind("name", Columns.text(name.strip()))
                .bind("name_key", Names.key(Columns.text(name)))
                .bind("role", role.name())
                .bind("hash", hash)
                .bind("at", Columns.millis(at))
                .mapTo(Long.class)
                .findOne();
        return id.map(i -> find(handle, i).orElseThrow());
    }

    private static Optional<Reader> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM readers WHERE id = :id")
                .bind("id", id).map((row, ctx) -> reader(row)).findOne();
    }

    static Reader reader(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        String role = row.getString("role");
        try {
            return new Reader(id, row.getString("name"), Role.valueOf(role), Columns.instant(row, "created_at"));
        } catch (IllegalArgumentException e) {
            throw new StoreException(Reason.CORRUPT, "reader " + id + " has an unknown role: " + role, e);
        }
    }

    static @Nullable Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static void requireName(String name) {
        Limits.requireKey(name, "reader name");
    }

    private static StoreException duplicateName(StoreException e, String name) {
        if (e.reason() != Reason.DUPLICATE) return e;
        return new StoreException(Reason.DUPLICATE, "the name " + name.strip() + " is taken", e);
    }

    private static StoreException notFound(long id) {
        return new StoreException(Reason.NOT_FOUND, "there is no reader " + id);
    }
}
