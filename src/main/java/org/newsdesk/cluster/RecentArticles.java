package org.newsdesk.cluster;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The last {@code capacity} articles, by arrival number and by id; the oldest is forgotten first. Not thread-safe. */
final class RecentArticles {

    private final @Nullable Seen[] ring;
    private final Map<String, Seen> byId = new HashMap<>();

    RecentArticles(int capacity) {
        ring = new Seen[capacity];
    }

    /** Remembers the article (its seq must be the next arrival number) and forgets the oldest when full. */
    void add(Seen seen) {
        int at = (int) (seen.seq % ring.length);
        Seen old = ring[at];
        if (old != null) byId.remove(old.id);
        ring[at] = seen;
        byId.put(seen.id, seen);
    }

    @Nullable Seen bySeq(long seq) {
        Seen seen = ring[(int) (seq % ring.length)];
        return seen != null && seen.seq == seq ? seen : null;
    }

    @Nullable Seen byId(String id) {
        return byId.get(id);
    }
}
