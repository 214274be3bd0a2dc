package org.newsdesk.cluster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An article's unit TF-IDF vectors per field, its embedding and time: what a story adds up. */
record DocVectors(SparseVector title, SparseVector body, SparseVector names, SparseVector numbers,
        SparseVector dates,        float @Nullable [] embedding,
        @Nullable Instant published) {
}
