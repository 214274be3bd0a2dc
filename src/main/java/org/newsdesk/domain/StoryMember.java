package org.newsdesk.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An article's place in its story: the story, and the original it copies when it is a copy. */
public record StoryMember(long articleId, String storyKey, @Nullable Long copyOf) {
    public StoryMember {
        Objects.requireNonNull(storyKey, "storyKey");
    }
}
