package org.newsdesk.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Opens fresh databases on a backend for a test and closes (and on PostgreSQL drops) them afterwards. */
abstract class BackendTest {
    @TempDir
    Path dataDir;

    private final List<Database> databases = new ArrayList<>();
    private final List<String> postgresDatabases = new ArrayList<>();

    /** A fresh, migrated database: a SQLite file in a temporary folder, or a new PostgreSQL database. */
    Database open(Backend backend) {
        Database database = switch (backend) {
            case SQLITE -> Database.sqliteIn(dataDir);
            case POSTGRESQL -> {
                String name = TestPostgres.nextName();
                postgresDatabases.add(name);
                yield Database.open(TestPostgres.createDatabase(name), TestPostgres.user(), null);
            }
        };
        databases.add(database);
        return database;
    }

    /** Another handle on the same SQLite file, as a second process would open it. */
    Database openSqliteAgain() {
        Database database = Database.sqliteIn(dataDir);
        databases.add(database);
        return database;
    }

    @AfterEach
    void closeDatabases() {
        databases.forEach(Database::close);
        postgresDatabases.forEach(TestPostgres::dropDatabase);
    }
}
