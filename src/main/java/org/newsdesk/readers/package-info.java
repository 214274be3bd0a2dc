/**
 * What readers do: accounts, sessions and app passwords, subscriptions, reading state, comments, saved searches.
 * Services over the store, shared by the web UI, the sync APIs and the CLI. Imports domain and store only.
 */
@NullMarked
package org.newsdesk.readers;

import org.jspecify.annotations.NullMarked;
