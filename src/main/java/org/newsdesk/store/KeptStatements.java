package org.newsdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Statements kept prepared on each pooled connection from one read to the next, for the reads every article page
 * makes: sqlite-jdbc prepares anew for every statement asked for, and preparing the article page's statements
 * cost about as much as running them (look-ups by key). They are kept on the driver's own connection, under the
 * pool's wrapper, which closes the statements made through it when the connection goes back to the pool. The pool
 * lends a connection to one thread at a time, and so its statements. Thread-safe.
 */
final class KeptStatements {

    /** Kept reads are a fixed handful of statements; more means statements built from values, a mistake. */
    static final int MAX_PER_CONNECTION = 32;

    /** The statements of the connection lent to one thread. Not thread-safe: for the thread that holds it. */
    static final class Lent {
        private final Connection connection;
        private final Map<String, PreparedStatement> kept;

        private Lent(Connection connection, Map<String, PreparedStatement> kept) {
            this.connection = connection;
            this.kept = kept;
        }

        /**
         * The statement of this SQL, prepared on the first call. Do not close it; close each result set it gives
         * (on SQLite an open one holds the read's snapshot, and writers' checkpoints wait for it).
         */
        PreparedStatement prepared(String sql) throws SQLException {
            PreparedStatement statement = kept.get(sql);
            if (statement != null && !statement.isClosed()) return statement;
            if (statement == null && kept.size() >= MAX_PER_CONNECTION) {
                throw new IllegalStateException("more than " + MAX_PER_CONNECTION + " statements kept on a connection: "
                        + "kept statements are for a fixed set of reads, not SQL built from values; was asked for " + sql);
            }
            statement = connection.prepareStatement(sql);
            kept.put(sql, statement);
            return statement;
        }
    }

    private final Map<Connection, Map<String, PreparedStatement>> byConnection = new ConcurrentHashMap<>();

    /** The kept statements of a connection borrowed from the pool, for as long as it is borrowed. */
    Lent on(Connection pooled) throws SQLException {
        Connection own = pooled.unwrap(Connection.class);
        Map<String, PreparedStatement> kept = byConnection.get(own);
        if (kept == null) {
            // The pool replaces connections now and then: forget those it closed, whose statements closed with them.
            byConnection.keySet().removeIf(KeptStatements::closed);
            kept = new HashMap<>();
            byConnection.put(own, kept);
        }
        return new Lent(own, kept);
    }

    /** How many connections have statements kept; for tests. */
    int connections() {
        return byConnection.size();
    }

    private static boolean closed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
