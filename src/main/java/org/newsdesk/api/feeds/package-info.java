/**
 * Feeds out: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the front page, each category, tag, source and saved search,
 * under {@code /feeds}.
 */
@NullMarked
package org.newsdesk.api.feeds;

import org.jspecify.annotations.NullMarked;
