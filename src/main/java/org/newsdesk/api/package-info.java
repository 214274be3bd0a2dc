/** The JSON API ({@code /api/v1}), and later the sync APIs and outgoing feeds. */
@NullMarked
package org.newsdesk.api;

import org.jspecify.annotations.NullMarked;
