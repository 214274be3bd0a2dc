/** The demo news network: fictional outlets with feeds and article pages on 127.0.0.1. Not part of the product. */
@NullMarked
package org.newsdesk.demo;

import org.jspecify.annotations.NullMarked;
