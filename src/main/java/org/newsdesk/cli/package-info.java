/** Picocli commands: thin, they call the services that app builds. */
@NullMarked
package org.newsdesk.cli;

import org.jspecify.annotations.NullMarked;
