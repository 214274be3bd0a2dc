package org.newsdesk.cluster;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The current story and original of every article, kept from a stream of {@link Assignment}s: merged story ids
 * point to the story that absorbed them, and copies of a former original to the new one. What a store does with
 * the assignments, in memory: the offline command and the tests read their results from it. Not thread-safe.
 */
public final class StoryLedger {

    private final Map<String, String> storyOf = new LinkedHashMap<>();
    private final Map<String, @Nullable String> copyOf = new HashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private final Map<String, String> recredited = new HashMap<>();

    public void record(Assignment a) {
        Objects.requireNonNull(a, "a");
        storyOf.put(a.docId(), a.storyId());
        for (String gone : a.mergedStoryIds()) mergedInto.put(gone, a.storyId());
        mergedInto.remove(a.storyId());
        String original = a.copyOfId() == null ? a.docId() : a.copyOfId();
        copyOf.put(a.docId(), a.copyOfId());
        if (a.formerOriginalId() != null) {
            recredited.put(a.formerOriginalId(), original);
            recredited.remove(original);
            copyOf.put(a.formerOriginalId(), original);
            copyOf.put(original, null);
        }
    }

    /** An admin moved an article: it now belongs to this story. */
    public void move(String docId, String storyId) {
        storyOf.put(docId, storyId);
        mergedInto.remove(storyId);
    }

    /** Every article recorded, in the order first recorded. */
    public Iterable<String> articles() {
        return storyOf.keySet();
    }

    public String storyOf(String docId) {
        String story = storyOf.get(docId);
        if (story == null) throw new IllegalArgumentException("no article " + docId + " was recorded");
        for (int hops = 0; mergedInto.containsKey(story) && hops < storyOf.size(); hops++) story = mergedInto.get(story);
        return story;
    }

    public @Nullable String copyOf(String docId) {
        String original = copyOf.get(docId);
        for (int hops = 0; original != null && recredited.containsKey(original) && hops < copyOf.size(); hops++) {
            original = recredited.get(original);
        }
        return original == null || original.equals(docId) ? null : original;
    }
}
