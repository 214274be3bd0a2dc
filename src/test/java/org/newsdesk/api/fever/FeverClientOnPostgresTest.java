package org.newsdesk.api.fever;

import org.newsdesk.app.TestNewsdesk;

class FeverClientOnPostgresTest extends FeverClientTest {
    @Override
    TestNewsdesk.Store store() {
        return TestNewsdesk.Store.POSTGRESQL;
    }
}
