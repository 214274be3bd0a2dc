package org.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reader's comment on an article or a story.
 *
 * @param parentId  the comment it replies to; replies go one level deep, so the parent is never a reply itself
 * @param markdown  what the author wrote, kept for editing
 * @param html      the markdown rendered to safe HTML: escaped, links marked {@code rel="nofollow ugc"}
 * @param deletedAt when the author or an admin deleted it; a deleted comment keeps its place (its replies stay) and
 *                  shows no text
 * @param hiddenAt  when an admin hid it from readers; admins still see it
 */
public record Comment(
        long id,
        CommentTarget target,
        @Nullable Long parentId,
        long authorId,
        String authorName,
        String markdown,
        String html,
        Instant createdAt,
        @Nullable Instant editedAt,
        @Nullable Instant deletedAt,
        @Nullable Instant hiddenAt) {

    public Comment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public boolean hidden() {
        return hiddenAt != null;
    }

    public boolean edited() {
        return editedAt != null;
    }
}
