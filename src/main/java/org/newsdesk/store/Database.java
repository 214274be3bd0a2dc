package org.newsdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jspecify.annotations.Nullable;
import org.newsdesk.store.StoreException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The store's connection pool, migrated to the current schema on open. Thread-safe: share one per process.
 *
 * <p>Reads may run on any pooled connection. Writes go through {@link #write}, which runs them in one transaction
 * and, on SQLite, one at a time: SQLite allows a single writer, and queueing writers on a fair lock in Java lets
 * waiting virtual threads unmount, where SQLite's own busy wait would sleep inside native code, pinning a carrier
 * thread, and could still give up with SQLITE_BUSY. Transactions on SQLite begin IMMEDIATE, so a writer in another
 * process (the CLI next to the server) waits on the busy timeout instead of failing half-way through.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** The file name used inside a data folder. */
    public static final String SQLITE_FILE = "newsdesk.db";

    private static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;
    /** WAL lets readers run beside the writer; two cores do not gain from more. */
    private static final int SQLITE_POOL_SIZE = 4;
    /** How much of the file is read through a memory map; beyond it, pages are read as before. */
    private static final long SQLITE_MAP_BYTES = 1L << 30;
    private static final int POSTGRESQL_POOL_SIZE = 10;

    private final Dialect dialect;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final KeptStatements kept = new KeptStatements();
    private final @Nullable ReentrantLock writeLock;
    /** Set while this thread runs a write: a nested write would take a second connection and wait on itself. */
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);

    private Database(Dialect dialect, HikariDataSource pool) {
        this.dialect = dialect;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.writeLock = dialect == Dialect.SQLITE ? new ReentrantLock(true) : null;
    }

    /**
     * Opens a pool on {@code jdbc:sqlite:/path/newsdesk.db} or {@code jdbc:postgresql://…} and brings the schema up
     * to date.
     *
     * @throws StoreException UNAVAILABLE when the database cannot be reached, CORRUPT when it is not one Newsdesk
     *                        can read (not a database file, or a schema that does not match the migrations)
     */
    public static Database open(String jdbcUrl, @Nullable String user, @Nullable String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Dialect dialect = Dialect.of(jdbcUrl);
        if (dialect == Dialect.SQLITE && (jdbcUrl.contains(":memory:") || jdbcUrl.contains("mode=memory"))) {
            throw new IllegalArgumentException("an in-memory SQLite database is not shared between pooled "
                    + "connections; give a file, was " + jdbcUrl);
        }
        HikariDataSource pool = pool(dialect, jdbcUrl, user, password);
        try {
            int applied = migrate(dialect, pool);
            LOG.info("store opened dialect={} url={} migrations_applied={}", dialect, withoutSecrets(jdbcUrl), applied);
            return new Database(dialect, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Opens (creating when needed) the SQLite database {@value #SQLITE_FILE} in a data folder. */
    public static Database sqliteIn(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException(Reason.UNAVAILABLE,
                    "cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        return open("jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE).toAbsolutePath(), null, null);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** JDBI on the pool, for reads. Write through {@link #write} so that SQLite writers take turns. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Runs a read on a pooled connection, without a transaction.
     *
     * @param doing what the read is for, in words ("listing sources"), for the error message
     */
    public <T> T read(String doing, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw Failures.translate(e, doing);
        }
    }

    /** A read through statements kept prepared on its connection. */
    @FunctionalInterface
    interface KeptRead<T> {
        T read(KeptStatements.Lent statements) throws SQLException;
    }

    /**
     * Runs a read on a pooled connection, without a transaction, through statements kept prepared on the connection
     * from one read to the next: for the reads of the most viewed pages, where preparing costs more than running.
     * The SQL must come from a fixed set (see {@link KeptStatements}).
     *
     * @param doing what the read is for, in words ("reading article 7 for its page"), for the error message
     */
    <T> T readKept(String doing, KeptRead<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.read(kept.on(connection));
        } catch (SQLException e) {
            throw Failures.translate(e, doing);
        }
    }

    /**
     * Runs work in one transaction, committed when it returns and rolled back when it throws. On SQLite, one
     * write runs at a time. Do not call it again from inside the work: use the handle given.
     *
     * @param doing what the write is for, in words ("adding a source"), for the error message
     */
    public <T> T write(String doing, HandleCallback<T, RuntimeException> work) {
        if (writing.get()) {
            throw new IllegalStateException("cannot start a write while " + doing + " inside another write on the "
                    + "same thread; do the work on the handle already open");
        }
        if (writeLock != null) writeLock.lock();
        writing.set(true);
        try {
            return jdbi.inTransaction(work);
        } catch (JdbiException e) {
            throw Failures.translate(e, doing);
        } finally {
            writing.remove();
            if (writeLock != null) writeLock.unlock();
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static HikariDataSource pool(Dialect dialect, String jdbcUrl, @Nullable String user,
                                         @Nullable String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("newsdesk-" + dialect.name().toLowerCase(Locale.ROOT));
        if (dialect == Dialect.SQLITE) {
            config.setDataSource(sqliteSource(jdbcUrl));
            config.setMaximumPoolSize(SQLITE_POOL_SIZE);
        } else {
            config.setJdbcUrl(jdbcUrl);
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(POSTGRESQL_POOL_SIZE);
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "connecting to " + withoutSecrets(jdbcUrl));
        }
    }

    private static SQLiteDataSource sqliteSource(String jdbcUrl) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the last commits.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Pages read through a memory map instead of a read call and a copy into each connection's page cache: an
        // article page's look-ups, spread over the whole file, took a fifth less processor time. Writes still go
        // through the log. (The flip side: a disk failing under a mapped page is a crash, not an error.)
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(SQLITE_MAP_BYTES));
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(jdbcUrl);
        return source;
    }

    private static int migrate(Dialect dialect, HikariDataSource pool) {
        try {
            return Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("id_column", dialect.idColumn()))
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            StoreException failure = Failures.translate(e, "bringing the schema up to date");
            Reason reason = Failures.sqlCause(e) == null ? Reason.CORRUPT : failure.reason();
            throw new StoreException(reason, failure.getMessage(), e);
        }
    }

    /** A URL as it may be logged: PostgreSQL URLs can carry a password parameter. */
    private static String withoutSecrets(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
