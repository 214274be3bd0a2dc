/** Records and enums every stage shares. Imports the JDK only. */
@NullMarked
package org.newsdesk.domain;

import org.jspecify.annotations.NullMarked;
