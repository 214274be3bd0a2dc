package org.newsdesk.domain;

/** What a comment is about. */
public sealed interface CommentTarget {
    record OnArticle(long articleId) implements CommentTarget {}

    /** Stories come with clustering; comments on them are kept by the story's id meanwhile. */
    record OnStory(long storyId) implements CommentTarget {}
}
