package org.newsdesk.app;

import java.nio.file.Path;

class DemoIngestOnSqliteTest extends DemoIngestTest {
    @Override
    Config config(Path folder) {
        return embedded(folder, null, null);
    }
}
