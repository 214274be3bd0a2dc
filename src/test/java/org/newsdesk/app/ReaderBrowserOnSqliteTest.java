package org.newsdesk.app;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

class ReaderBrowserOnSqliteTest extends ReaderBrowserTest {
    @Override
    TestNewsdesk.Store store() {
        return TestNewsdesk.Store.SQLITE;
    }

    @Test
    @Order(8)
    void screenshotsTheReadersPages() {
        screenshotsTheReadersPagesLightAndDarkOnPhoneAndDesktop();
    }
}
