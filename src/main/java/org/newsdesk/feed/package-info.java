/** RSS, Atom, JSON Feed and OPML parsing, and feed autodiscovery. Pure: bytes in, records out. */
@NullMarked
package org.newsdesk.feed;

import org.jspecify.annotations.NullMarked;
