/** One JDBI store per aggregate, Flyway migrations; the same SQL runs on SQLite and PostgreSQL. */
@NullMarked
package org.newsdesk.store;

import org.jspecify.annotations.NullMarked;
