/** The one HTTP layer for feeds and pages: conditional GET, limits, charset, robots.txt, per-host politeness and the address guard. */
@NullMarked
package org.newsdesk.fetch;

import org.jspecify.annotations.NullMarked;
