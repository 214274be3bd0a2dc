/** Main, the configuration record and the composition root that builds every service once. */
@NullMarked
package org.newsdesk.app;

import org.jspecify.annotations.NullMarked;
