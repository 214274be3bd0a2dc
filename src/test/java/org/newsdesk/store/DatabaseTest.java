package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.store.StoreException.Reason;

class DatabaseTest extends BackendTest {

    @OnEveryBackend
    void migrationsCreateTheSchema(Backend backend) {
        Database database = open(backend);

        List<String> applied = database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT version FROM flyway_schema_history WHERE success = :ok AND version IS NOT NULL "
                        + "ORDER BY installed_rank")
                .bind("ok", true)
                .mapTo(String.class)
                .list());
        long rows = database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT (SELECT COUNT(*) FROM sources) + (SELECT COUNT(*) FROM articles) "
                        + "+ (SELECT COUNT(*) FROM article_versions)").mapTo(Long.class).one());

        assertThat(applied).containsExactlyElementsOf(migrationVersions()).startsWith("1");
        assertThat(rows).isZero();
        assertThat(database.dialect()).isEqualTo(Dialect.valueOf(backend.name()));
    }

    @Test
    void sqliteConnectionsUseWalForeignKeysABusyTimeoutAndAMemoryMap() {
        Database database = open(Backend.SQLITE);

        Map<String, Object> pragmas = database.jdbi().withHandle(handle -> Map.of(
                "journal_mode", handle.createQuery("PRAGMA journal_mode").mapTo(String.class).one(),
                "foreign_keys", handle.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one(),
                "synchronous", handle.createQuery("PRAGMA synchronous").mapTo(Integer.class).one(),
                "busy_timeout", handle.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one(),
                "mmap_size", handle.createQuery("PRAGMA mmap_size").mapTo(Long.class).one()));

        assertThat(pragmas).containsExactlyInAnyOrderEntriesOf(Map.of(
                "journal_mode", "wal", "foreign_keys", 1, "synchronous", 1, "busy_timeout", 10_000,
                "mmap_size", 1L << 30));
        assertThat(dataDir.resolve("newsdesk.db")).isRegularFile();
    }

    @Test
    void reopeningASqliteFileKeepsItsDataAndMigratesNothingTwice() {
        try (Database first = Database.sqliteIn(dataDir)) {
            new SourceStore(first).add("https://example.org/feed", null, "Example", null, Samples.polling(Samples.T0));
        }

        Database again = openSqliteAgain();

        assertThat(new SourceStore(again).count()).isEqualTo(1);
        int migrations = again.jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL")
                .mapTo(Integer.class).one());
        assertThat(migrations).isEqualTo(migrationVersions().size());
    }

    /** The versions of the migration files on the classpath, in order: each is applied once. */
    private static List<String> migrationVersions() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
                DatabaseTest.class.getResource("/db/migration").toURI()))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot list the migrations", e);
        }
    }

    @Test
    void aFileThatIsNotADatabaseFailsAsCorrupt() throws Exception {
        Files.writeString(dataDir.resolve("newsdesk.db"), "this is a text file, not SQLite ".repeat(200));

        assertThatThrownBy(() -> Database.sqliteIn(dataDir))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT))
                .hasMessageContaining("not a database");
    }

    @Test
    void anUnreachablePostgresqlFailsAsUnavailable() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/newsdesk", "newsdesk", "secret"))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
                .hasMessageStartingWith("the database failed while connecting to jdbc:postgresql://127.0.0.1:1/newsdesk");
    }

    @Test
    void anUrlOfAnotherDatabaseIsRefused() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/newsdesk", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the database URL must start with jdbc:sqlite: or jdbc:postgresql:, "
                        + "was jdbc:mysql://localhost/newsdesk");
    }

    @Test
    void anInMemorySqliteDatabaseIsRefused() {
        assertThatThrownBy(() -> Database.open("jdbc:sqlite::memory:", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an in-memory SQLite database is not shared between pooled connections; give a file, "
                        + "was jdbc:sqlite::memory:");
    }

    @OnEveryBackend
    void aWriteInsideAWriteIsRefusedInsteadOfWaitingOnItself(Backend backend) {
        Database database = open(backend);

        assertThatThrownBy(() -> database.write("outer work", outer -> database.write("inner work", inner -> 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot start a write while inner work inside another write on the same thread; "
                        + "do the work on the handle already open");
        int later = database.write("a later write", handle -> 2);
        assertThat(later).isEqualTo(2);
    }

    @OnEveryBackend
    void aWriteThatThrowsIsRolledBack(Backend backend) {
        Database database = open(backend);
        SourceStore sources = new SourceStore(database);

        assertThatThrownBy(() -> database.write("adding and failing", handle -> {
            handle.createUpdate("UPDATE sources SET title = :t").bind("t", "x").execute();
            handle.createUpdate("INSERT INTO sources (feed_url, title, created_at, state, next_poll_at, interval_s, "
                    + "failures) VALUES ('https://example.org/feed', 'T', 0, 'NEW', 0, 60, 0)").execute();
            throw new IllegalStateException("changed my mind");
        })).hasMessage("changed my mind");
        assertThat(sources.count()).isZero();
    }
}
