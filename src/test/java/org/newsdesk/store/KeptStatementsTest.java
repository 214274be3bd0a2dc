package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptStatementsTest extends BackendTest {

    @OnEveryBackend
    void keepsAStatementOnItsConnectionFromOneReadToTheNext(Backend backend) {
        Database database = open(backend);
        List<PreparedStatement> used = new ArrayList<>();

        for (int i = 0; i < 2; i++) {
            long read = database.readKept("counting", statements -> {
                PreparedStatement query = statements.prepared("SELECT COUNT(*) FROM sources WHERE id > ?");
                used.add(query);
                query.setLong(1, 0);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            });
            assertThat(read).isZero();
        }

        assertThat(used.get(1)).isSameAs(used.get(0));
        assertThat(used.get(1)).matches(statement -> !isClosed(statement), "is open");
    }

    @OnEveryBackend
    void aKeptReadSeesWhatWasWrittenSinceTheLastOne(Backend backend) {
        Database database = open(backend);
        Database writer = backend == Backend.SQLITE ? openSqliteAgain() : database;
        SourceStore sources = new SourceStore(writer);

        long before = titles(database);
        sources.add("https://a.example.org/feed", null, "A", null, Samples.polling(Samples.T0));
        long after = titles(database);

        assertThat(before).isZero();
        assertThat(after).isEqualTo(1);
    }

    @Test
    void aKeptReadLeavesNoReadOpenToHoldBackTheCheckpoint() {
        Database database = open(Backend.SQLITE);
        Database writer = openSqliteAgain();
        titles(database);
        new SourceStore(writer).add("https://a.example.org/feed", null, "A", null, Samples.polling(Samples.T0));

        // Columns: busy (1 when a reader kept the log from being emptied), log pages, pages moved to the file.
        List<Integer> checkpoint = writer.read("checkpointing", handle -> handle.createQuery("PRAGMA wal_checkpoint(TRUNCATE)")
                .map((row, ctx) -> List.of(row.getInt(1), row.getInt(2), row.getInt(3))).one());

        assertThat(checkpoint).containsExactly(0, 0, 0);
    }

    @Test
    void refusesMoreStatementsThanAFixedSetOfReadsNeeds() {
        Database database = open(Backend.SQLITE);

        assertThatThrownBy(() -> database.readKept("preparing many", statements -> {
            for (int i = 0; i <= KeptStatements.MAX_PER_CONNECTION; i++) statements.prepared("SELECT " + i);
            return null;
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("more than 32 statements kept on a connection: kept statements are for a fixed set of "
                        + "reads, not SQL built from values; was asked for SELECT 32");
    }

    @Test
    void forgetsTheStatementsOfConnectionsClosedSince() throws Exception {
        KeptStatements kept = new KeptStatements();
        String url = "jdbc:sqlite:" + dataDir.resolve("plain.db");
        PreparedStatement first;
        try (Connection connection = DriverManager.getConnection(url)) {
            first = kept.on(connection).prepared("SELECT 1");
        }
        try (Connection connection = DriverManager.getConnection(url)) {
            PreparedStatement second = kept.on(connection).prepared("SELECT 1");

            assertThat(second).isNotSameAs(first);
            assertThat(kept.connections()).isEqualTo(1);
        }
    }

    private static long titles(Database database) {
        return database.readKept("counting sources", statements -> {
            try (ResultSet row = statements.prepared("SELECT COUNT(*) FROM sources").executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private static boolean isClosed(PreparedStatement statement) {
        try {
            return statement.isClosed();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
