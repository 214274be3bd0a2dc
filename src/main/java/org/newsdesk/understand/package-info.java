/**
 * Understanding an article: language, sentences, entities, tags, categories, quotes, summaries, embeddings; the
 * optional LLM client. Pure given its models, which ship inside jars: nothing is downloaded at run time.
 */
@NullMarked
package org.newsdesk.understand;

import org.jspecify.annotations.NullMarked;
