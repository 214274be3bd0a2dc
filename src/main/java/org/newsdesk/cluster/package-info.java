/**
 * Copies and stories: a deterministic state machine fed by articles one at a time. It folds near-identical copies
 * of an article onto their original (MinHash with LSH banding, confirmed by a direct overlap check) and groups the
 * coverage of one real-world event into a story (single-pass online clustering over TF-IDF, names, a sentence
 * embedding and time). It keeps no clock, store or index of its own: replaying the same articles in the same order
 * rebuilds the same state.
 */
@NullMarked
package org.newsdesk.cluster;

import org.jspecify.annotations.NullMarked;
