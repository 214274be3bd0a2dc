package org.newsdesk.store;

/** The databases every store test runs on. */
enum Backend {
    SQLITE, POSTGRESQL
}
