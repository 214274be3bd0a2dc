package org.newsdesk.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the stories worth scoring for an article without looking at every story: each open story is filed under
 * its heaviest terms (names, title and body), each term keeping the most recently updated stories only, and an
 * article looks up its own heaviest terms. Not thread-safe.
 */
final class StoryIndex {

    private final Map<Long, Postings> postings = new HashMap<>();
    private final int perTerm;

    StoryIndex(int perTerm) {
        this.perTerm = perTerm;
    }

    /** Files the story under these keys (its current heaviest terms), replacing the keys it had. */
    void file(Story story, long[] keys) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        for (long old : story.indexKeys) {
            if (Arrays.binarySearch(sorted, old) < 0) unfile(story, old);
        }
        for (long key : sorted) postings.computeIfAbsent(key, k -> new Postings(perTerm)).promote(story);
        story.indexKeys = sorted;
    }

    void remove(Story story) {
        for (long key : story.indexKeys) unfile(story, key);
        story.indexKeys = new long[0];
    }

    /**
     * Open stories sharing the article's keys, ranked by the summed weights of the keys they share, then newest
     * first; at most {@code limit}.
     */
    List<Story> candidates(long[] keys, float[] weights, int limit) {
        Map<Story, double[]> scores = new IdentityHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            Postings list = postings.get(keys[i]);
            if (list == null) continue;
            for (int j = 0; j < list.size; j++) {
                Story story = java.util.Objects.requireNonNull(list.stories[j]);
                scores.computeIfAbsent(story, s -> new double[1])[0] += weights[i];
            }
        }
        List<Story> ranked = new ArrayList<>(scores.keySet());
        ranked.sort((a, b) -> {
            int byScore = Double.compare(scores.get(b)[0], scores.get(a)[0]);
            return byScore != 0 ? byScore : Long.compare(b.seq, a.seq);
        });
        return ranked.size() > limit ? new ArrayList<>(ranked.subList(0, limit)) : ranked;
    }

    private void unfile(Story story, long key) {
        Postings list = postings.get(key);
        if (list != null && list.remove(story) && list.size == 0) postings.remove(key);
    }

    /** The stories under one term, most recently updated first, at most a fixed number. */
    private static final class Postings {
        private final int capacity;
        @Nullable Story[] stories = new Story[2];
        int size;

        Postings(int capacity) {
            this.capacity = capacity;
        }

        /** Puts the story first; the least recently updated one falls off a full list. */
        void promote(Story story) {
            int at = indexOf(story);
            if (at < 0) {
                if (size < capacity) {
                    if (size == stories.length) stories = Arrays.copyOf(stories, Math.min(capacity, size * 2));
                    size++;
                }
                at = size - 1;
            }
            System.arraycopy(stories, 0, stories, 1, at);
            stories[0] = story;
        }

        boolean remove(Story story) {
            int at = indexOf(story);
            if (at < 0) return false;
            System.arraycopy(stories, at + 1, stories, at, size - at - 1);
            stories[--size] = null;
            return true;
        }

        private int indexOf(Story story) {
            for (int i = 0; i < size; i++) if (stories[i] == story) return i;
            return -1;
        }
    }
}
