package org.newsdesk.cluster;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where an added article went.
 *
 * @param storyId          the story the article belongs to (new or existing)
 * @param copyOfId         the original this article copies, or null when it is not a copy (or is the original)
 * @param formerOriginalId when this article turned out to be the original of copies seen before (they name it,
 *                         or it was published earlier), the article credited until now: that article and every
 *                         copy of it are now copies of this one
 * @param mergedStoryIds   stories found to be the same event as {@code storyId} and merged into it: their ids are
 *                         gone and their articles now belong to {@code storyId}
 */
public record Assignment(String docId, String storyId, @Nullable String copyOfId, @Nullable String formerOriginalId,
        List<String> mergedStoryIds) {

    public Assignment {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(storyId, "storyId");
        mergedStoryIds = List.copyOf(mergedStoryIds);
    }

    public boolean isCopy() {
        return copyOfId != null;
    }
}
