package org.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Comment;
import org.newsdesk.domain.CommentTarget;
import org.newsdesk.store.StoreException.Reason;

/** Comments on articles and stories, with their authors' names. Thread-safe. */
public final class CommentStore {
    private static final String SELECT = "SELECT c.id, c.article_id, c.story_id, c.parent_id, c.author_id, "
            + "r.name AS author_name, c.markdown, c.html, c.created_at, c.edited_at, c.deleted_at, c.hidden_at "
            + "FROM comments c JOIN readers r ON r.id = c.author_id ";
    /** Shown to readers: neither deleted nor hidden. */
    private static final String SHOWN = "c.deleted_at IS NULL AND c.hidden_at IS NULL";

    private final Database database;

    public CommentStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Stores a new comment.
     *
     * @param html the markdown rendered, kept so that pages need not render it again
     * @throws StoreException NOT_FOUND when the author, the article or the parent does not exist
     */
    public Comment add(CommentTarget target, @Nullable Long parentId, long authorId, String markdown, String html,
                       Instant at) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
        return database.write("storing a comment of reader " + authorId, handle -> {
            long id = handle.createQuery("INSERT INTO comments (article_id, story_id, parent_id, author_id, markdown, "
                            + "html, created_at) VALUES (:article_id, :story_id, :parent_id, :author_id, :markdown, "
                            + ":html, :at) RETURNING id")
                    .bind("article_id", target instanceof CommentTarget.OnArticle a ? a.articleId() : null)
                    .bind("story_id", target instanceof CommentTarget.OnStory s ? s.storyId() : null)
                    .bind("parent_id", parentId)
                    .bind("author_id", authorId)
                    .bind("markdown", Columns.text(markdown))
                    .bind("html", Columns.text(html))
                    .bind("at", Columns.millis(at))
                    .mapTo(Long.class)
                    .one();
            return find(handle, id).orElseThrow();
        });
    }

    public Optional<Comment> find(long id) {
        return database.read("finding comment " + id, handle -> find(handle, id));
    }

    /** Every comment on a target, deleted and hidden ones included, oldest first. */
    public List<Comment> byTarget(CommentTarget target) {
        return database.read("listing comments", handle ->
                bindTarget(handle.createQuery(SELECT + "WHERE " + targetCondition(target) + " ORDER BY c.id"), target)
                        .map((row, ctx) -> comment(row)).list());
    }

    /** How many comments on a target readers see (neither deleted nor hidden). */
    public long countShown(CommentTarget target) {
        return database.read("counting comments", handle ->
                bindTarget(handle.createQuery("SELECT COUNT(*) FROM comments c WHERE " + targetCondition(target)
                        + " AND " + SHOWN), target).mapTo(Long.class).one());
    }

    /** How many comments readers see on each of the articles, for listings; articles without any are left out. */
    public Map<Long, Long> countShownOnArticles(Collection<Long> articleIds) {
        return countShown("article_id", articleIds);
    }

    /** How many comments readers see on each of the stories (by number), for story cards; those without are left out. */
    public Map<Long, Long> countShownOnStories(Collection<Long> storyIds) {
        return countShown("story_id", storyIds);
    }

    /** @param column the comments' column naming what they are on: one of ours, never a reader's words */
    private Map<Long, Long> countShown(String column, Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        for (List<Long> chunk : ReadingStateStore.chunks(List.copyOf(ids))) {
            database.read("counting comments by " + column, handle ->
                    handle.createQuery("SELECT c." + column + " AS target, COUNT(*) AS n FROM comments c WHERE c."
                                    + column + " IN (<ids>) AND " + SHOWN + " GROUP BY c." + column)
                            .bindList("ids", chunk)
                            .map((row, ctx) -> counts.put(row.getLong("target"), row.getLong("n")))
                            .list());
        }
        return counts;
    }

    /** How many comments an author wrote since a time, deleted ones included: for rate limits. */
    public long countByAuthorSince(long authorId, Instant since) {
        return database.read("counting the comments of reader " + authorId, handle ->
                handle.createQuery("SELECT COUNT(*) FROM comments WHERE author_id = :author AND created_at >= :since")
                        .bind("author", authorId).bind("since", Columns.millis(since)).mapTo(Long.class).one());
    }

    /** @throws StoreException NOT_FOUND when there is no such comment */
    public Comment edit(long id, String markdown, String html, Instant at) {
        return update(id, "editing comment " + id, handle -> handle.createUpdate("UPDATE comments SET markdown = "
                        + ":markdown, html = :html, edited_at = :at WHERE id = :id")
                .bind("markdown", Columns.text(markdown)).bind("html", Columns.text(html))
                .bind("at", Columns.millis(at)).bind("id", id).execute());
    }

    /** Deletes a comment's text, keeping its place for its replies. */
    public Comment markDeleted(long id, Instant at) {
        return update(id, "deleting comment " + id, handle -> handle.createUpdate("UPDATE comments SET markdown = '', "
                        + "html = '', deleted_at = :at WHERE id = :id")
                .bind("at", Columns.millis(at)).bind("id", id).execute());
    }

    /** Hides a comment from readers (an admin's decision), or shows it again when {@code at} is null. */
    public Comment setHidden(long id, @Nullable Long by, @Nullable Instant at) {
        return update(id, "hiding comment " + id, handle -> handle.createUpdate("UPDATE comments SET hidden_at = :at, "
                        + "hidden_by = :by WHERE id = :id")
                .bind("at", Columns.millisOrNull(at)).bind("by", at == null ? null : by).bind("id", id).execute());
    }

    private Comment update(long id, String doing, java.util.function.Function<Handle, Integer> work) {
        return database.write(doing, handle -> {
            if (work.apply(handle) == 0) throw new StoreException(Reason.NOT_FOUND, "there is no comment " + id);
            return find(handle, id).orElseThrow();
        });
    }

    private static Optional<Comment> find(Handle handle, long id) {
        return handle.createQuery(SELECT + "WHERE c.id = :id").bind("id", id).map((row, ctx) -> comment(row)).findOne();
    }

    private static String targetCondition(CommentTarget target) {
        return switch (target) {
            case CommentTarget.OnArticle a -> "c.article_id = :article_id";
            case CommentTarget.OnStory s -> "c.story_id = :story_id";
        };
    }

    private static <S extends SqlStatement<S>> S bindTarget(S statement, CommentTarget target) {
        return switch (target) {
            case CommentTarget.OnArticle a -> statement.bind("article_id", a.articleId());
            case CommentTarget.OnStory s -> statement.bind("story_id", s.storyId());
        };
    }

    private static Comment comment(ResultSet row) throws SQLException {
        Long articleId = ReaderStore.nullableLong(row, "article_id");
        Long storyId = ReaderStore.nullableLong(row, "story_id");
        CommentTarget target = articleId != null ? new CommentTarget.OnArticle(articleId)
                : new CommentTarget.OnStory(Objects.requireNonNull(storyId, "story_id"));
        return new Comment(row.getLong("id"), target, ReaderStore.nullableLong(row, "parent_id"),
                row.getLong("author_id"), row.getString("author_name"), row.getString("markdown"),
                row.getString("html"), Columns.instant(row, "created_at"), Columns.instantOrNull(row, "edited_at"),
                Columns.instantOrNull(row, "deleted_at"), Columns.instantOrNull(row, "hidden_at"));
    }
}
