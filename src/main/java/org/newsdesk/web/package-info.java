/** Javalin routes and handlers for the web UI, metrics and status. */
@NullMarked
package org.newsdesk.web;

import org.jspecify.annotations.NullMarked;
