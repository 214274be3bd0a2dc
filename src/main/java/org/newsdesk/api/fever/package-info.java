/**
 * The Fever API for FeedMe, Fluent Reader, Reeder and other apps, at {@code /api/fever}. Apps sign in with
 * api_key = md5("name:app password").
 */
@NullMarked
package org.newsdesk.api.fever;

import org.jspecify.annotations.NullMarked;
