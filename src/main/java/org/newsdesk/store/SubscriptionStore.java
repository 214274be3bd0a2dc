package org.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Folder;
import org.newsdesk.domain.Subscription;
import org.newsdesk.store.StoreException.Reason;

/** Each reader's subscriptions to the shared sources, their folders, and the sources they hide. Thread-safe. */
public final class SubscriptionStore {
    private static final String SOURCE_COLUMNS = Arrays.stream(SourceStore.COLUMNS.split(", "))
            .map(c -> "s." + c).collect(Collectors.joining(", "));
    private static final String SELECT = "SELECT " + SOURCE_COLUMNS + ", sub.reader_id, sub.title AS custom_title, "
            + "sub.created_at AS subscribed_at, f.id AS folder_id, f.name AS folder_name FROM subscriptions sub "
            + "JOIN sources s ON s.id = sub.source_id LEFT JOIN folders f ON f.id = sub.folder_id ";

    private final Database database;

    public SubscriptionStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Subscribes a reader to a source, or returns the subscription they have. The folder is made when needed.
     *
     * @throws StoreException NOT_FOUND when the reader or the source does not exist
     */
    public Subscription subscribe(long readerId, long sourceId, @Nullable String folder, Instant at) {
        return database.write("subscribing reader " + readerId + " to source " + sourceId, handle -> {
            Long folderId = folder == null ? null : folder(handle, readerId, folder).id();
            handle.createUpdate("INSERT INTO subscriptions (reader_id, source_id, folder_id, created_at) "
                            + "VALUES (:reader, :source, :folder, :at) ON CONFLICT (reader_id, source_id) DO NOTHING")
                    .bind("reader", readerId).bind("source", sourceId).bind("folder", folderId)
                    .bind("at", Columns.millis(at)).execute();
            return find(handle, readerId, sourceId).orElseThrow();
        });
    }

    /** False when the reader did not follow the source. */
    public boolean unsubscribe(long readerId, long sourceId) {
        return database.write("unsubscribing reader " + readerId + " from source " + sourceId, handle ->
                handle.createUpdate("DELETE FROM subscriptions WHERE reader_id = :reader AND source_id = :source")
                        .bind("reader", readerId).bind("source", sourceId).execute() > 0);
    }

    /** A reader's subscriptions, by source id. */
    public List<Subscription> list(long readerId) {
        return database.read("listing the subscriptions of reader " + readerId, handle ->
                handle.createQuery(SELECT + "WHERE sub.reader_id = :reader ORDER BY s.id")
                        .bind("reader", readerId).map((row, ctx) -> subscription(row)).list());
    }

    public Optional<Subscription> find(long readerId, long sourceId) {
        return database.read("finding a subscription of reader " + readerId,
                handle -> find(handle, readerId, sourceId));
    }

    /** How many readers follow a source. */
    public long countSubscribers(long sourceId) {
        return database.read("counting the subscribers of source " + sourceId, handle ->
                handle.createQuery("SELECT COUNT(*) FROM subscriptions WHERE source_id = :source")
                        .bind("source", sourceId).mapTo(Long.class).one());
    }

    /** @throws StoreException NOT_FOUND when the reader does not follow the source */
    public void setTitle(long readerId, long sourceId, @Nullable String title) {
        update(readerId, sourceId, handle -> handle.createUpdate("UPDATE subscriptions SET title = :title "
                        + "WHERE reader_id = :reader AND source_id = :source")
                .bind("title", Columns.textOrNull(title)).bind("reader", readerId).bind("source", sourceId).execute());
    }

    /**
     * Files a subscription in a folder, made when needed; null takes it out of any folder.
     *
     * @throws StoreException NOT_FOUND when the reader does not follow the source
     */
    public void setFolder(long readerId, long sourceId, @Nullable String folder) {
        update(readerId, sourceId, handle -> {
            Long folderId = folder == null ? null : folder(handle, readerId, folder).id();
            return handle.createUpdate("UPDATE subscriptions SET folder_id = :folder "
                            + "WHERE reader_id = :reader AND source_id = :source")
                    .bind("folder", folderId).bind("reader", readerId).bind("source", sourceId).execute();
        });
    }

    /** A reader's folders, by name. */
    public List<Folder> folders(long readerId) {
        return database.read("listing the folders of reader " + readerId, handle ->
                handle.createQuery("SELECT id, reader_id, name FROM folders WHERE reader_id = :reader ORDER BY name, id")
                        .bind("reader", readerId).map((row, ctx) -> folder(row)).list());
    }

    public Optional<Folder> findFolder(long readerId, String name) {
        Objects.requireNonNull(name, "name");
        return database.read("finding a folder of reader " + readerId, handle -> findFolder(handle, readerId, name));
    }

    public Optional<Folder> findFolder(long readerId, long folderId) {
        return database.read("finding folder " + folderId, handle ->
                handle.createQuery("SELECT id, reader_id, name FROM folders WHERE id = :id AND reader_id = :reader")
                        .bind("id", folderId).bind("reader", readerId).map((row, ctx) -> folder(row)).findOne());
    }

    /** The reader's folder of that name, made when there is none. */
    public Folder addFolder(long readerId, String name) {
        return database.write("adding a folder for reader " + readerId, handle -> folder(handle, readerId, name));
    }

    /**
     * Renames a folder; when the reader has a folder of the new name already, the two become one. False when there
     * is no folder of the old name.
     */
    public boolean renameFolder(long readerId, String from, String to) {
        requireFolderName(to);
        return database.write("renaming a folder of reader " + readerId, handle -> {
            Optional<Folder> old = findFolder(handle, readerId, from);
            if (old.isEmpty()) return false;
            if (from.equals(to)) return true;
            Optional<Folder> target = findFolder(handle, readerId, to);
            if (target.isEmpty()) {
                handle.createUpdate("UPDATE folders SET name = :name WHERE id = :id")
                        .bind("name", Columns.text(to)).bind("id", old.get().id()).execute();
                return true;
            }
            handle.createUpdate("UPDATE subscriptions SET folder_id = :to WHERE folder_id = :from")
                    .bind("to", target.get().id()).bind("from", old.get().id()).execute();
            handle.createUpdate("DELETE FROM folders WHERE id = :id").bind("id", old.get().id()).execute();
            return true;
        });
    }

    /** Removes a folder; its subscriptions stay, in no folder. False when there is none of that name. */
    public boolean removeFolder(long readerId, String name) {
        return database.write("removing a folder of reader " + readerId, handle ->
                handle.createUpdate("DELETE FROM folders WHERE reader_id = :reader AND name = :name")
                        .bind("reader", readerId).bind("name", Columns.text(name)).execute() > 0);
    }

    /** Hides a source from the reader's shared pages. */
    public void hide(long readerId, long sourceId) {
        database.write("hiding source " + sourceId + " from reader " + readerId, handle ->
                handle.createUpdate("INSERT INTO hidden_sources (reader_id, source_id) VALUES (:reader, :source) "
                                + "ON CONFLICT (reader_id, source_id) DO NOTHING")
                        .bind("reader", readerId).bind("source", sourceId).execute());
    }

    public boolean unhide(long readerId, long sourceId) {
        return database.write("showing source " + sourceId + " to reader " + readerId, handle ->
                handle.createUpdate("DELETE FROM hidden_sources WHERE reader_id = :reader AND source_id = :source")
                        .bind("reader", readerId).bind("source", sourceId).execute() > 0);
    }

    /** The sources a reader hides, by id. */
    public List<Long> hiddenSourceIds(long readerId) {
        return database.read("listing the hidden sources of reader " + readerId, handle ->
                handle.createQuery("SELECT source_id FROM hidden_sources WHERE reader_id = :reader ORDER BY source_id")
                        .bind("reader", readerId).mapTo(Long.class).list());
    }

    private void update(long readerId, long sourceId, java.util.function.Function<Handle, Integer> work) {
        int changed = database.write("changing a subscription of reader " + readerId, work::apply);
        if (changed == 0) {
            throw new StoreException(Reason.NOT_FOUND, "reader " + readerId + " does not follow source " + sourceId);
        }
    }

    private static Folder folder(Handle handle, long readerId, String name) {
        requireFolderName(name);
        handle.createUpdate("INSERT INTO folders (reader_id, name) VALUES (:reader, :name) "
                        + "ON CONFLICT (reader_id, name) DO NOTHING")
                .bind("reader", readerId).bind("name", Columns.text(name)).execute();
        return findFolder(handle, readerId, name).orElseThrow();
    }

    private static Optional<Folder> findFolder(Handle handle, long readerId, String name) {
        return handle.createQuery("SELECT id, reader_id, name FROM folders WHERE reader_id = :reader AND name = :name")
                .bind("reader", readerId).bind("name", Columns.text(name)).map((row, ctx) -> folder(row)).findOne();
    }

    private static Optional<Subscription> find(Handle handle, long readerId, long sourceId) {
        return handle.createQuery(SELECT + "WHERE sub.reader_id = :reader AND sub.source_id = :source")
                .bind("reader", readerId).bind("source", sourceId).map((row, ctx) -> subscription(row)).findOne();
    }

    private static void requireFolderName(String name) {
        Limits.requireKey(name, "folder name");
    }

    private static Folder folder(ResultSet row) throws SQLException {
        return new Folder(row.getLong("id"), row.getLong("reader_id"), row.getString("name"));
    }

    private static Subscription subscription(ResultSet row) throws SQLException {
        long readerId = row.getLong("reader_id");
        Long folderId = ReaderStore.nullableLong(row, "folder_id");
        Folder folder = folderId == null ? null : new Folder(folderId, readerId, row.getString("folder_name"));
        return new Subscription(readerId, SourceStore.source(row), folder, row.getString("custom_title"),
                Columns.instant(row, "subscribed_at"));
    }
}
