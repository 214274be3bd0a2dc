package org.newsdesk.cluster;

import org.jspecify.annotations.Nullable;

/** A recent article as remembered: enough to find copies of it and to move it between stories. Not thread-safe. */
final class Seen {

    final String id;
    final long seq;
    final DocVectors vectors;
    final @Nullable Sketch sketch;
    final Credit credit;
    Story story;
    @Nullable CopyGroup group;

    Seen(String id, long seq, DocVectors vectors, @Nullable Sketch sketch, Credit credit, Story story) {
        this.id = id;
        this.seq = seq;
        this.vectors = vectors;
        this.sketch = sketch;
        this.credit = credit;
        this.story = story;
    }
}
