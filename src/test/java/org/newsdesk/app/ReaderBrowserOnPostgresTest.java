package org.newsdesk.app;

class ReaderBrowserOnPostgresTest extends ReaderBrowserTest {
    @Override
    TestNewsdesk.Store store() {
        return TestNewsdesk.Store.POSTGRESQL;
    }
}
