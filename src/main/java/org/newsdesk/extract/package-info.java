/** HTML (or a plain-text capture) to {@link org.newsdesk.domain.ArticleContent}: main content, metadata, sanitizing. */
@NullMarked
package org.newsdesk.extract;

import org.jspecify.annotations.NullMarked;
