package org.newsdesk.api.fever;

import org.newsdesk.app.TestNewsdesk;

class FeverClientOnSqliteTest extends FeverClientTest {
    @Override
    TestNewsdesk.Store store() {
        return TestNewsdesk.Store.SQLITE;
    }
}
