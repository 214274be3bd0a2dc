package org.newsdesk.api.greader;

import org.newsdesk.app.TestNewsdesk;

class GoogleReaderClientOnSqliteTest extends GoogleReaderClientTest {
    @Override
    TestNewsdesk.Store store() {
        return TestNewsdesk.Store.SQLITE;
    }
}
