package org.newsdesk.api.greader;

import org.newsdesk.app.TestNewsdesk;

class GoogleReaderClientOnPostgresTest extends GoogleReaderClientTest {
    @Override
    TestNewsdesk.Store store() {
        return TestNewsdesk.Store.POSTGRESQL;
    }
}
