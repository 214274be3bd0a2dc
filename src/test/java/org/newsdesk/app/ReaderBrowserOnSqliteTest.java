package org.newsdesk.app;

class ReaderBrowserOnSqliteTest extends ReaderBrowserTest {
    @Override
    TestNewsdesk.Store store() {
        return TestNewsdesk.Store.SQLITE;
    }
}
