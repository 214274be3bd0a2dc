package org.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Invite;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.store.StoreException.Reason;

/** Invitations to create an account, found by the hash of their token. Thread-safe. */
public final class InviteStore {
    private static final String COLUMNS = "id, role, created_by, created_at, expires_at, used_at, used_by";

    private final Database database;

    public InviteStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public Invite add(String tokenHash, Role role, @Nullable Long createdBy, Instant createdAt, Instant expiresAt) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(role, "role");
        return database.write("adding an invitation", handle -> {
            long id = handle.createQuery("INSERT INTO invites (token_hash, role, created_by, created_at, expires_at) "
                            + "VALUES (:hash, :role, :by, :at, :expires) RETURNING id")
                    .bind("hash", tokenHash)
                    .bind("role", role.name())
                    .bind("by", createdBy)
                    .bind("at", Columns.millis(createdAt))
                    .bind("expires", Columns.millis(expiresAt))
                    .mapTo(Long.class)
                    .one();
            return handle.createQuery("SELECT " + COLUMNS + " FROM invites WHERE id = :id")
                    .bind("id", id).map((row, ctx) -> invite(row)).one();
        });
    }

    public Optional<Invite> findByTokenHash(String tokenHash) {
        return database.read("finding an invitation", handle ->
                handle.createQuery("SELECT " + COLUMNS + " FROM invites WHERE token_hash = :hash")
                        .bind("hash", tokenHash).map((row, ctx) -> invite(row)).findOne());
    }

    /**
     * Turns an open invitation into a reader, in one transaction so that one invitation makes one account. Empty
     * when there is no such invitation, or it was used or has expired.
     *
     * @throws StoreException DUPLICATE when the name is taken
     */
    public Optional<Reader> accept(String tokenHash, String name, String passwordHash, Instant at) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Limits.requireKey(name, "reader name");
        try {
            return database.write("accepting an invitation", handle -> {
                Optional<Invite> invite = handle.createQuery("SELECT " + COLUMNS + " FROM invites "
                                + "WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :at")
                        .bind("hash", tokenHash).bind("at", Columns.millis(at))
                        .map((row, ctx) -> invite(row)).findOne();
                if (invite.isEmpty()) return Optional.<Reader>empty();
                Reader reader = ReaderStore.insert(handle, name, invite.get().role(), passwordHash, at);
                int used = handle.createUpdate("UPDATE invites SET used_at = :at, used_by = :reader WHERE id = :id "
                                + "AND used_at IS NULL")
                        .bind("at", Columns.millis(at)).bind("reader", reader.id()).bind("id", invite.get().id())
                        .execute();
                if (used == 0) throw new StoreException(Reason.UNAVAILABLE, "the invitation was used meanwhile");
                return Optional.of(reader);
            });
        } catch (StoreException e) {
            if (e.reason() != Reason.DUPLICATE) throw e;
            throw new StoreException(Reason.DUPLICATE, "the name " + name.strip() + " is taken", e);
        }
    }

    /** Every invitation, newest first. */
    public List<Invite> list() {
        return database.read("listing invitations", handle ->
                handle.createQuery("SELECT " + COLUMNS + " FROM invites ORDER BY id DESC")
                        .map((row, ctx) -> invite(row)).list());
    }

    public boolean remove(long id) {
        return database.write("removing invitation " + id, handle ->
                handle.createUpdate("DELETE FROM invites WHERE id = :id").bind("id", id).execute() > 0);
    }

    private static Invite invite(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        String role = row.getString("role");
        Role parsed;
        try {
            parsed = Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new StoreException(Reason.CORRUPT, "invitation " + id + " has an unknown role: " + role, e);
        }
        return new Invite(id, parsed, ReaderStore.nullableLong(row, "created_by"), Columns.instant(row, "created_at"),
                Columns.instant(row, "expires_at"), Columns.instantOrNull(row, "used_at"),
                ReaderStore.nullableLong(row, "used_by"));
    }
}
