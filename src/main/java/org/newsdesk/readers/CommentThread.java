package org.newsdesk.readers;

import java.util.List;
import java.util.Objects;
import org.newsdesk.domain.Comment;

/**
 * A top-level comment with its replies, oldest first. The comment may be deleted or hidden (shown as such, without
 * text) when it still has replies to show.
 */
public record CommentThread(Comment comment, List<Comment> replies) {
    public CommentThread {
        Objects.requireNonNull(comment, "comment");
        replies = List.copyOf(replies);
    }
}
