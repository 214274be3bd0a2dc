package org.newsdesk.api.feeds;

import java.util.List;
import java.util.Optional;
import org.newsdesk.domain.Article;

/**
 * Where a story's feed gets its articles: the extension point for stories, which come with clustering. Until
 * then {@link #NONE} knows no story, and {@code /feeds/story/…} answers 404. Implementations are thread-safe.
 */
public interface StoryFeeds {

    /** A story's title and its articles, newest first; empty when there is no such story. */
    Optional<Story> story(long storyId, int limit);

    record Story(String title, List<Article> articles) {
        public Story {
            articles = List.copyOf(articles);
        }
    }

    StoryFeeds NONE = (storyId, limit) -> Optional.empty();
}
