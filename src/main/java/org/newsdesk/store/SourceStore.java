package org.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.SourceState;
import org.newsdesk.domain.SourceSummary;
import org.newsdesk.store.StoreException.Reason;

/** The followed sources and their polling state. Thread-safe. */
public final class SourceStore {
    static final String COLUMNS = "id, feed_url, site_url, title, category, created_at, state, "
            + "last_fetched_at, last_success_at, next_poll_at, interval_s, etag, last_modified, failures, last_error";
    private static final String POLLING = "state = :state, last_fetched_at = :last_fetched_at, "
            + "last_success_at = :last_success_at, next_poll_at = :next_poll_at, interval_s = :interval_s, "
            + "etag = :etag, last_modified = :last_modified, failures = :failures, last_error = :last_error";

    private final Database database;
    private final Clock clock;

    public SourceStore(Database database) {
        this(database, Clock.systemUTC());
    }

    /** @param clock gives the creation time of added sources */
    public SourceStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Follows a new feed.
     *
     * @throws StoreException DUPLICATE when a source with this feed URL exists already
     */
    public Source add(String feedUrl, @Nullable String siteUrl, String title, @Nullable String category,
                      Polling initial) {
        Limits.requireKey(feedUrl, "feed URL");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(initial, "initial");
        try {
            return database.write("adding the source " + feedUrl, handle -> {
                var insert = handle.createQuery("INSERT INTO sources (feed_url, site_url, title, category, created_at, "
                                + "state, last_fetched_at, last_success_at, next_poll_at, interval_s, etag, "
                                + "last_modified, failures, last_error) VALUES (:feed_url, :site_url, :title, "
                                + ":category, :created_at, :state, :last_fetched_at, :last_success_at, :next_poll_at, "
                                + ":interval_s, :etag, :last_modified, :failures, :last_error) RETURNING id")
                        .bind("feed_url", Columns.text(feedUrl))
                        .bind("site_url", Columns.textOrNull(siteUrl))
                        .bind("title", Columns.text(title))
                        .bind("category", Columns.textOrNull(category))
                        .bind("created_at", Columns.millis(clock.instant()));
                long id = bindPolling(insert, initial).mapTo(Long.class).one();
                return find(handle, id).orElseThrow();
            });
        } catch (StoreException e) {
            if (e.reason() != Reason.DUPLICATE) throw e;
            throw new StoreException(Reason.DUPLICATE, "a source with the feed URL " + feedUrl + " already exists", e);
        }
    }

    public Optional<Source> find(long id) {
        return database.read("finding source " + id, handle -> find(handle, id));
    }

    public Optional<Source> findByFeedUrl(String url) {
        Objects.requireNonNull(url, "url");
        return database.read("finding the source " + url, handle ->
                handle.createQuery("SELECT " + COLUMNS + " FROM sources WHERE feed_url = :url")
                        .bind("url", Columns.text(url))
                        .map((row, ctx) -> source(row))
                        .findOne());
    }

    /** Every source, by id. */
    public List<Source> list() {
        return database.read("listing sources", handle ->
                handle.createQuery("SELECT " + COLUMNS + " FROM sources ORDER BY id")
                        .map((row, ctx) -> source(row))
                        .list());
    }

    /** Every source with its article count, by id. */
    public List<SourceSummary> summaries() {
        return database.read("listing sources with their article counts", handle ->
                handle.createQuery("SELECT " + COLUMNS + ", (SELECT COUNT(*) FROM articles a WHERE a.source_id = "
                                + "sources.id) AS article_count FROM sources ORDER BY id")
                        .map((row, ctx) -> new SourceSummary(source(row), row.getLong("article_count")))
                        .list());
    }

    /** Sources whose next poll is due at {@code now}, the longest overdue first. */
    public List<Source> due(Instant now, int limit) {
        Limits.requirePositive(limit, "limit");
        return database.read("finding sources due for a poll", handle ->
                handle.createQuery("SELECT " + COLUMNS + " FROM sources WHERE next_poll_at <= :now "
                                + "ORDER BY next_poll_at, id LIMIT :limit")
                        .bind("now", Columns.millis(now))
                        .bind("limit", limit)
                        .map((row, ctx) -> source(row))
                        .list());
    }

    /** When the next poll of any source is due, or empty when there are no sources. */
    public Optional<Instant> nextDue() {
        return database.read("finding the next poll", handle ->
                handle.createQuery("SELECT MIN(next_poll_at) FROM sources")
                        .map((row, ctx) -> Columns.instantOrNull(row, 1))
                        .findOne());
    }

    /** @throws StoreException NOT_FOUND when there is no such source */
    public void updatePolling(long id, Polling polling) {
        Objects.requireNonNull(polling, "polling");
        update(id, "recording the polling state of source " + id, handle ->
                bindPolling(handle.createUpdate("UPDATE sources SET " + POLLING + " WHERE id = :id"), polling));
    }

    /** @throws StoreException NOT_FOUND when there is no such source */
    public void rename(long id, String title, @Nullable String siteUrl) {
        Objects.requireNonNull(title, "title");
        update(id, "renaming source " + id, handle ->
                handle.createUpdate("UPDATE sources SET title = :title, site_url = :site_url WHERE id = :id")
                        .bind("title", Columns.text(title))
                        .bind("site_url", Columns.textOrNull(siteUrl)));
    }

    /** @throws StoreException NOT_FOUND when there is no such source */
    public void setCategory(long id, @Nullable String category) {
        update(id, "setting the category of source " + id, handle ->
                handle.createUpdate("UPDATE sources SET category = :category WHERE id = :id")
                        .bind("category", Columns.textOrNull(category)));
    }

    /** Stops following a source, deleting its articles and their versions. Returns false when there was none. */
    public boolean remove(long id) {
        return database.write("removing source " + id, handle -> {
            boolean removed = handle.createUpdate("DELETE FROM sources WHERE id = :id").bind("id", id).execute() > 0;
            if (removed) ArticleLabels.recount(handle); // its articles' labels went with them, past the write path
            return removed;
        });
    }

    public long count() {
        return database.read("counting sources", handle ->
                handle.createQuery("SELECT COUNT(*) FROM sources").mapTo(Long.class).one());
    }

    /** How many sources failed on their last fetch. */
    public long countFailing() {
        return database.read("counting failing sources", handle ->
                handle.createQuery("SELECT COUNT(*) FROM sources WHERE state = :state")
                        .bind("state", SourceState.FAILING.name())
                        .mapTo(Long.class)
                        .one());
    }

    private void update(long id, String doing, Function<Handle, Update> statement) {
        int changed = database.write(doing, handle -> statement.apply(handle).bind("id", id).execute());
        if (changed == 0) throw new StoreException(Reason.NOT_FOUND, "there is no source " + id);
    }

    private static Optional<Source> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM sources WHERE id = :id")
                .bind("id", id)
                .map((row, ctx) -> source(row))
                .findOne();
    }

    private static <S extends SqlStatement<S>> S bindPolling(S statement, Polling polling) {
        return statement.bind("state", polling.state().name())
                .bind("last_fetched_at", Columns.millisOrNull(polling.lastFetchedAt()))
                .bind("last_success_at", Columns.millisOrNull(polling.lastSuccessAt()))
                .bind("next_poll_at", Columns.millis(polling.nextPollAt()))
                .bind("interval_s", polling.interval().toSeconds())
                .bind("etag", Columns.textOrNull(polling.etag()))
                .bind("last_modified", Columns.textOrNull(polling.lastModified()))
                .bind("failures", polling.failures())
                .bind("last_error", Columns.textOrNull(polling.lastError()));
    }

    static Source source(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        Polling polling = new Polling(
                state(row.getString("state"), id),
                Columns.instantOrNull(row, "last_fetched_at"),
                Columns.instantOrNull(row, "last_success_at"),
                Columns.instant(row, "next_poll_at"),
                Duration.ofSeconds(row.getLong("interval_s")),
                row.getString("etag"),
                row.getString("last_modified"),
                row.getInt("failures"),
                row.getString("last_error"));
        return new Source(id, row.getString("feed_url"), row.getString("site_url"), row.getString("title"),
                row.getString("category"), Columns.instant(row, "created_at"), polling);
    }

    private static SourceState state(String name, long id) {
        try {
            return SourceState.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new StoreException(Reason.CORRUPT, "source " + id + " has an unknown state: " + name, e);
        }
    }
}
