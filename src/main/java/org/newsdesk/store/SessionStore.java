package org.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Session;

/** Browser and API sessions, found by the hash of their token. Thread-safe. */
public final class SessionStore {
    private static final String COLUMNS = "id, reader_id, app_password_id, created_at, last_seen_at, expires_at, "
            + "address, user_agent, csrf_token";

    /** What a new session starts with; the token itself is never stored. */
    public record NewSession(String tokenHash, long readerId, @Nullable Long appPasswordId, String csrfToken,
                             Instant createdAt, Instant expiresAt, @Nullable String address,
                             @Nullable String userAgent) {
        public NewSession {
            Objects.requireNonNull(tokenHash, "tokenHash");
            Objects.requireNonNull(csrfToken, "csrfToken");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    private final Database database;

    public SessionStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** @throws StoreException NOT_FOUND when the reader (or app password) does not exist */
    public Session add(NewSession session) {
        Objects.requireNonNull(session, "session");
        return database.write("starting a session of reader " + session.readerId(), handle -> {
            long id = handle.createQuery("INSERT INTO sessions (token_hash, reader_id, app_password_id, csrf_token, "
                            + "created_at, last_seen_at, expires_at, address, user_agent) VALUES (:token_hash, "
                            + ":reader_id, :app_password_id, :csrf_token, :created_at, :created_at, :expires_at, "
                            + ":address, :user_agent) RETURNING id")
                    .bind("token_hash", session.tokenHash())
                    .bind("reader_id", session.readerId())
                    .bind("app_password_id", session.appPasswordId())
                    .bind("csrf_token", session.csrfToken())
                    .bind("created_at", Columns.millis(session.createdAt()))
                    .bind("expires_at", Columns.millis(session.expiresAt()))
                    .bind("address", Columns.textOrNull(clip(session.address())))
                    .bind("user_agent", Columns.textOrNull(clip(session.userAgent())))
                    .mapTo(Long.class)
                    .one();
            return handle.createQuery("SELECT " + COLUMNS + " FROM sessions WHERE id = :id")
                    .bind("id", id).map((row, ctx) -> session(row)).one();
        });
    }

    /** The session a token names, expired or not: the caller decides. */
    public Optional<Session> findByTokenHash(String tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return database.read("finding a session", handle ->
                handle.createQuery("SELECT " + COLUMNS + " FROM sessions WHERE token_hash = :hash")
                        .bind("hash", tokenHash).map((row, ctx) -> session(row)).findOne());
    }

    /** Records use of a session and moves its expiry. */
    public void touch(long id, Instant lastSeenAt, Instant expiresAt) {
        database.write("recording use of session " + id, handle ->
                handle.createUpdate("UPDATE sessions SET last_seen_at = :seen, expires_at = :expires WHERE id = :id")
                        .bind("seen", Columns.millis(lastSeenAt))
                        .bind("expires", Columns.millis(expiresAt))
                        .bind("id", id)
                        .execute());
    }

    /** A reader's sessions, most recently used first. */
    public List<Session> listByReader(long readerId) {
        return database.read("listing the sessions of reader " + readerId, handle ->
                handle.createQuery("SELECT " + COLUMNS + " FROM sessions WHERE reader_id = :reader "
                                + "ORDER BY last_seen_at DESC, id DESC")
                        .bind("reader", readerId).map((row, ctx) -> session(row)).list());
    }

    /** Ends one of a reader's sessions; false when the reader has no such session. */
    public boolean remove(long readerId, long sessionId) {
        return database.write("ending session " + sessionId, handle ->
                handle.createUpdate("DELETE FROM sessions WHERE id = :id AND reader_id = :reader")
                        .bind("id", sessionId).bind("reader", readerId).execute() > 0);
    }

    public boolean removeByTokenHash(String tokenHash) {
        return database.write("ending a session", handle ->
                handle.createUpdate("DELETE FROM sessions WHERE token_hash = :hash")
                        .bind("hash", tokenHash).execute() > 0);
    }

    /** Ends a reader's browser sessions but one (the one changing the password); API sessions keep going. */
    public int removeBrowserSessions(long readerId, @Nullable Long except) {
        return database.write("ending the sessions of reader " + readerId, handle ->
                handle.createUpdate("DELETE FROM sessions WHERE reader_id = :reader AND app_password_id IS NULL "
                                + "AND id <> :except")
                        .bind("reader", readerId).bind("except", except == null ? -1L : except).execute());
    }

    public int removeExpired(Instant now) {
        return database.write("ending expired sessions", handle ->
                handle.createUpdate("DELETE FROM sessions WHERE expires_at <= :now")
                        .bind("now", Columns.millis(now)).execute());
    }

    private static @Nullable String clip(@Nullable String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 500);
    }

    private static Session session(ResultSet row) throws SQLException {
        return new Session(row.getLong("id"), row.getLong("reader_id"), ReaderStore.nullableLong(row, "app_password_id"),
                Columns.instant(row, "created_at"), Columns.instant(row, "last_seen_at"),
                Columns.instant(row, "expires_at"), row.getString("address"), row.getString("user_agent"),
                row.getString("csrf_token"));
    }
}
