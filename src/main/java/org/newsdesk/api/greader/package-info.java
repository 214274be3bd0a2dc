/**
 * The Google Reader API (as FreshRSS and Miniflux serve it) for NetNewsWire, Reeder, Read You and other apps,
 * under {@code /api/greader}. Apps sign in with a reader's name and an app password.
 */
@NullMarked
package org.newsdesk.api.greader;

import org.jspecify.annotations.NullMarked;
