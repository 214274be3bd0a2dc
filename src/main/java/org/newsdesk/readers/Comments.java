package org.newsdesk.readers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Ban;
import org.newsdesk.domain.Comment;
import org.newsdesk.domain.CommentTarget;
import org.newsdesk.domain.Reader;
import org.newsdesk.readers.ReaderException.Reason;
import org.newsdesk.store.CommentStore;
import org.newsdesk.store.ReaderStore;
import org.newsdesk.store.StoreException;

/**
 * Comments on articles and stories: post, reply (one level), edit within the edit window, delete one's own; admins
 * hide, delete and ban. Rate-limited per author. Thread-safe.
 */
public final class Comments {
    private final CommentStore comments;
    private final ReaderStore readers;
    private final CommentMarkdown markdown;
    private final CommentPolicy policy;
    private final Clock clock;

    public Comments(CommentStore comments, ReaderStore readers, CommentMarkdown markdown, CommentPolicy policy,
                    Clock clock) {
        this.comments = Objects.requireNonNull(comments, "comments");
        this.readers = Objects.requireNonNull(readers, "readers");
        this.markdown = Objects.requireNonNull(markdown, "markdown");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Posts a comment, or a reply when {@code parentId} is given. A reply to a reply joins its thread: replies go
     * one level deep.
     *
     * @throws ReaderException INVALID (empty or too long), FORBIDDEN (banned), RATE_LIMITED, NOT_FOUND (no such
     *                         article or parent comment)
     */
    public Comment post(Reader author, CommentTarget target, @Nullable Long parentId, String text) {
        Objects.requireNonNull(target, "target");
        String body = requireText(text);
        requireNotBanned(author);
        requireWithinRate(author);
        Long parent = parentId == null ? null : threadOf(target, parentId);
        try {
            return comments.add(target, parent, author.id(), body, markdown.render(body), clock.instant());
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.NOT_FOUND) throw e;
            throw new ReaderException(Reason.NOT_FOUND, "there is nothing to comment on there", e);
        }
    }

    /** The author edits their comment within the edit window. */
    public Comment edit(Reader author, long commentId, String text) {
        Comment comment = find(commentId);
        if (comment.authorId() != author.id()) throw new ReaderException(Reason.FORBIDDEN, "only its author edits a comment");
        if (!canEdit(author, comment)) {
            throw new ReaderException(Reason.FORBIDDEN, "a comment can be edited for " + minutes(policy.editWindow())
                    + " minutes after it is posted");
        }
        requireNotBanned(author);
        String body = requireText(text);
        return comments.edit(commentId, body, markdown.render(body), clock.instant());
    }

    /** Whether the reader may edit the comment now: theirs, not deleted, within the edit window. */
    public boolean canEdit(Reader reader, Comment comment) {
        return comment.authorId() == reader.id() && !comment.deleted()
                && clock.instant().isBefore(comment.createdAt().plus(policy.editWindow()));
    }

    /** Deletes a comment: its author or an admin may. Its replies stay. */
    public Comment delete(Reader reader, long commentId) {
        Comment comment = find(commentId);
        if (comment.authorId() != reader.id() && !reader.isAdmin()) {
            throw new ReaderException(Reason.FORBIDDEN, "only its author or an admin deletes a comment");
        }
        return comment.deleted() ? comment : comments.markDeleted(commentId, clock.instant());
    }

    /** An admin hides a comment from readers. */
    public Comment hide(Reader admin, long commentId) {
        Accounts.requireAdmin(admin);
        find(commentId);
        return comments.setHidden(commentId, admin.id(), clock.instant());
    }

    public Comment unhide(Reader admin, long commentId) {
        Accounts.requireAdmin(admin);
        find(commentId);
        return comments.setHidden(commentId, null, null);
    }

    /**
     * An admin bans a reader from commenting, for a while or (null) until lifted.
     *
     * @throws ReaderException FORBIDDEN for an admin banning an admin or themself
     */
    public Ban ban(Reader admin, long readerId, String reason, @Nullable Duration length) {
        Accounts.requireAdmin(admin);
        Reader reader = readers.find(readerId).orElseThrow(() -> Accounts.notFound(readerId));
        if (reader.isAdmin()) throw new ReaderException(Reason.FORBIDDEN, "an admin cannot be banned");
        if (length != null && (length.isNegative() || length.isZero())) {
            throw new ReaderException(Reason.INVALID, "a ban lasts a positive time");
        }
        Instant now = clock.instant();
        Ban ban = new Ban(readerId, admin.id(), reason == null ? "" : reason.strip(), now,
                length == null ? null : now.plus(length));
        readers.ban(ban);
        return ban;
    }

    public void unban(Reader admin, long readerId) {
        Accounts.requireAdmin(admin);
        readers.unban(readerId);
    }

    /** The reader's ban, while it lasts. */
    public Optional<Ban> activeBan(long readerId) {
        return readers.findBan(readerId).filter(b -> b.activeAt(clock.instant()));
    }

    /**
     * The threads on a target as a viewer sees them, oldest first. Admins see hidden comments; others see a hidden
     * or deleted comment (without its text) only when it has replies they see.
     *
     * @param viewer null for someone not signed in
     */
    public List<CommentThread> threads(CommentTarget target, @Nullable Reader viewer) {
        boolean admin = viewer != null && viewer.isAdmin();
        Map<Long, Comment> tops = new LinkedHashMap<>();
        Map<Long, List<Comment>> replies = new LinkedHashMap<>();
        for (Comment c : comments.byTarget(target)) {
            if (c.parentId() == null) {
                tops.put(c.id(), c);
                replies.put(c.id(), new ArrayList<>());
            } else if (shown(c, admin) && replies.containsKey(c.parentId())) {
                replies.get(c.parentId()).add(c);
            }
        }
        List<CommentThread> threads = new ArrayList<>();
        for (Comment top : tops.values()) {
            List<Comment> shownReplies = replies.get(top.id());
            if (shown(top, admin)) threads.add(new CommentThread(top, shownReplies));
            else if (!shownReplies.isEmpty()) threads.add(new CommentThread(withoutText(top), shownReplies));
        }
        return threads;
    }

    /** How many comments readers see on a target, for the count on each page. */
    public long count(CommentTarget target) {
        return comments.countShown(target);
    }

    /** How many comments readers see on each article, for listings; articles without comments are left out. */
    public Map<Long, Long> countsOnArticles(Collection<Long> articleIds) {
        return comments.countShownOnArticles(articleIds);
    }

    /** How many comments readers see on each story, by story number; stories without comments are left out. */
    public Map<Long, Long> countsOnStories(Collection<Long> storyNumbers) {
        return comments.countShownOnStories(storyNumbers);
    }

    public Optional<Comment> findComment(long commentId) {
        return comments.find(commentId);
    }

    private Comment find(long commentId) {
        return comments.find(commentId)
                .orElseThrow(() -> new ReaderException(Reason.NOT_FOUND, "there is no comment #" + commentId));
    }

    /** The top-level comment a reply joins: the parent, or the parent's own parent. */
    private long threadOf(CommentTarget target, long parentId) {
        Comment parent = find(parentId);
        if (!parent.target().equals(target)) {
            throw new ReaderException(Reason.INVALID, "comment #" + parentId + " is about something else");
        }
        if (parent.deleted() || parent.hidden()) {
            throw new ReaderException(Reason.INVALID, "comment #" + parentId + " was removed: it takes no replies");
        }
        return parent.parentId() == null ? parent.id() : parent.parentId();
    }

    private String requireText(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) throw new ReaderException(Reason.INVALID, "a comment needs some text");
        if (body.length() > policy.maxLength()) {
            throw new ReaderException(Reason.INVALID, "a comment has at most " + policy.maxLength() + " characters");
        }
        return body;
    }

    private void requireNotBanned(Reader author) {
        Optional<Ban> ban = activeBan(author.id());
        if (ban.isPresent()) {
            Instant ends = ban.get().endsAt();
            throw new ReaderException(Reason.FORBIDDEN, "you are banned from commenting"
                    + (ends == null ? "" : " until " + ends) + (ban.get().reason().isEmpty() ? "" : ": "
                    + ban.get().reason()));
        }
    }

    private void requireWithinRate(Reader author) {
        Instant now = clock.instant();
        if (comments.countByAuthorSince(author.id(), now.minus(Duration.ofMinutes(10))) >= policy.perTenMinutes()) {
            throw ReaderException.rateLimited("you are commenting fast: wait a few minutes", Duration.ofMinutes(10));
        }
        if (comments.countByAuthorSince(author.id(), now.minus(Duration.ofDays(1))) >= policy.perDay()) {
            throw ReaderException.rateLimited("you have posted " + policy.perDay() + " comments today: "
                    + "that is the daily limit", Duration.ofHours(1));
        }
    }

    private static boolean shown(Comment c, boolean admin) {
        return !c.deleted() && (admin || !c.hidden());
    }

    private static Comment withoutText(Comment c) {
        return new Comment(c.id(), c.target(), c.parentId(), c.authorId(), c.authorName(), "", "", c.createdAt(),
                c.editedAt(), c.deletedAt(), c.hiddenAt());
    }

    private static long minutes(Duration d) {
        return d.toMinutes();
    }
}
