package org.newsdesk.app;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.newsdesk.store.TestPostgres;

class DemoIngestOnPostgresTest extends DemoIngestTest {

    private final String database = TestPostgres.nextName();

    @Override
    Config config(Path folder) {
        return embedded(folder, TestPostgres.createDatabase(database), TestPostgres.user());
    }

    @AfterAll
    void dropDatabase() {
        TestPostgres.dropDatabase(database);
    }
}
