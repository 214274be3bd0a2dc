package org.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A story as lists show it: coverage of one event across sources.
 *
 * @param key          the story's stable key (the id of the article that started it)
 * @param leadArticleId the article whose headline names the story
 * @param articleCount articles in the story, copies included
 * @param sourceCount  distinct sources covering it: the breadth of coverage
 */
public record StorySummary(String key, String title, long leadArticleId, Instant firstSeen, Instant lastUpdated,
                           int articleCount, int sourceCount) {
    public StorySummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
    }
}
