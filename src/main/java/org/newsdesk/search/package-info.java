/** The full-text {@link org.newsdesk.search.SearchIndex} and its Lucene implementation. */
@NullMarked
package org.newsdesk.search;

import org.jspecify.annotations.NullMarked;
