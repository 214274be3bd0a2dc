package org.newsdesk.cluster;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The stories still open, least recently updated first, with the index that finds candidates among them. Closes
 * stories that fell out of the time window or beyond the count limit, so memory stays bounded. Not thread-safe.
 */
final class OpenStories {

    private final ClusterSettings settings;
    private final LinkedHashMap<String, Story> byId = new LinkedHashMap<>();
    private final StoryIndex index;
    private long created;

    OpenStories(ClusterSettings settings) {
        this.settings = settings;
        this.index = new StoryIndex(settings.limits().postingsPerTerm());
    }

    @Nullable Story get(String id) {
        return byId.get(id);
    }

    int size() {
        return byId.size();
    }

    /** A new open story; the id is made unique among open stories with a "~2", "~3"… suffix when taken. */
    Story create(String wantedId) {
        String id = wantedId;
        for (int n = 2; byId.containsKey(id); n++) id = wantedId + "~" + n;
        Story story = new Story(id, created++);
        byId.put(id, story);
        return story;
    }

    List<Story> candidates(DocVectors doc) {
        Terms query = Terms.heaviest(doc.names(), doc.title(), doc.body(), settings.limits().queryTerms());
        return index.candidates(query.keys(), query.weights(), settings.limits().candidates());
    }

    /** Open stories filed under the story's own keys, itself excluded. */
    List<Story> candidates(Story story) {
        Terms query = Terms.heaviest(story.names(), story.title(), story.body(), settings.limits().queryTerms());
        List<Story> found = index.candidates(query.keys(), query.weights(), settings.limits().candidates() + 1);
        found.remove(story);
        return found;
    }

    /** After the story changed: refile it under its current heaviest terms and mark it most recently updated. */
    void touch(Story story) {
        Terms keys = Terms.heaviest(story.names(), story.title(), story.body(), settings.limits().queryTerms());
        index.file(story, keys.keys());
        byId.remove(story.id);
        byId.put(story.id, story);
    }

    /** Merges {@code absorbed} into {@code survivor}; the absorbed story's id is gone afterwards. */
    void merge(Story survivor, Story absorbed) {
        index.remove(absorbed);
        byId.remove(absorbed.id);
        survivor.absorb(absorbed, settings.limits().centroidTerms());
        touch(survivor);
    }

    void close(Story story) {
        index.remove(story);
        byId.remove(story.id);
        story.open = false;
    }

    /** Closes the least recently updated stories while there are too many or they ended before the window. */
    void closeStale(@Nullable Instant now) {
        Instant horizon = now == null ? null : now.minus(settings.limits().storyWindow());
        Iterator<Story> oldest = byId.values().iterator();
        while (oldest.hasNext()) {
            Story story = oldest.next();
            boolean tooMany = byId.size() > settings.limits().maxStories();
            boolean ended = horizon != null && story.last() != null && story.last().isBefore(horizon);
            if (!tooMany && !ended) break;
            oldest.remove();
            index.remove(story);
            story.open = false;
        }
    }
}
