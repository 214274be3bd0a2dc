/** The refresh use case, the scheduler and the source service shared by the CLI, the web UI and the API. */
@NullMarked
package org.newsdesk.ingest;

import org.jspecify.annotations.NullMarked;
