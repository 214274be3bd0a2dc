package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.Comment;
import org.newsdesk.domain.CommentTarget;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.StorySummary;
import org.newsdesk.readers.CommentThread;
import org.newsdesk.readers.ReaderException;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.StoryStore;

/**
 * Comments on an article or a story: the section at the end of its page (loaded in place), and posting, replying,
 * editing, deleting and moderating, each answering with the section again when the page asked in place, or going
 * back to the page otherwise. Comments on a story hang on its number, which outlives its key (see
 * {@link StoryStore#number}). Thread-safe.
 */
final class CommentPages {

    /** What comments are on, as the pages name it: its target, its title and its page. */
    private record Subject(CommentTarget target, String title, String path) {}

    private final Membership members;
    private final ArticleStore articles;
    private final StoryStore stories;
    private final Csrf csrf;
    private final Templates templates;
    private final Clock clock;

    CommentPages(Membership members, ArticleStore articles, StoryStore stories, Csrf csrf, Templates templates,
                 Clock clock) {
        this.members = members;
        this.articles = articles;
        this.stories = stories;
        this.csrf = csrf;
        this.templates = templates;
        this.clock = clock;
    }

    /** {@code GET /articles/{id}/comments}: the section alone for the article page, or a page of its own. */
    void section(Context ctx) {
        show(ctx, article(ctx.pathParamAsClass("id", Long.class).get()), null, null, "");
    }

    /** {@code GET /stories/{key}/comments}: the same for a story. */
    void storySection(Context ctx) {
        show(ctx, story(ctx.pathParam("key")), null, null, "");
    }

    void post(Context ctx) {
        post(ctx, article(ctx.pathParamAsClass("id", Long.class).get()));
    }

    void postOnStory(Context ctx) {
        post(ctx, story(ctx.pathParam("key")));
    }

    private void post(Context ctx, Subject subject) {
        csrf.check(ctx);
        Reader reader = Access.require(ctx).reader();
        Long parent = ctx.formParamAsClass("parent", Long.class).getOrNull();
        String text = AccountPages.field(ctx, "text");
        try {
            Comment made = members.comments().post(reader, subject.target(), parent, text);
            done(ctx, subject, "comment-" + made.id());
        } catch (ReaderException e) {
            ctx.status(ReaderErrors.status(e));
            show(ctx, subject, ReaderErrors.message(e), parent, text);
        }
    }

    void edit(Context ctx) {
        onComment(ctx, (reader, comment) -> members.comments().edit(reader, comment.id(), AccountPages.field(ctx, "text")));
    }

    void delete(Context ctx) {
        onComment(ctx, (reader, comment) -> members.comments().delete(reader, comment.id()));
    }

    void hide(Context ctx) {
        onComment(ctx, (reader, comment) -> comment.hidden() ? members.comments().unhide(reader, comment.id())
                : members.comments().hide(reader, comment.id()));
    }

    /** An admin bans a comment's author from commenting, for a week. */
    void banAuthor(Context ctx) {
        onComment(ctx, (reader, comment) -> {
            members.comments().ban(reader, comment.authorId(), "for comment #" + comment.id(), Duration.ofDays(7));
            return comment;
        });
    }

    private interface CommentAction {
        Comment apply(Reader reader, Comment comment);
    }

    private void onComment(Context ctx, CommentAction action) {
        csrf.check(ctx);
        Reader reader = Access.require(ctx).reader();
        long id = ctx.pathParamAsClass("id", Long.class).get();
        Comment comment = members.comments().findComment(id)
                .orElseThrow(() -> new NotFoundResponse("There is no comment #" + id + "."));
        Subject subject = switch (comment.target()) {
            case CommentTarget.OnArticle(long articleId) -> article(articleId);
            case CommentTarget.OnStory(long number) -> storyNumbered(number, id);
        };
        try {
            Comment changed = action.apply(reader, comment);
            done(ctx, subject, "comment-" + changed.id());
        } catch (ReaderException e) {
            ctx.status(ReaderErrors.status(e));
            show(ctx, subject, ReaderErrors.message(e), null, "");
        }
    }

    private void done(Context ctx, Subject subject, String anchor) {
        if (ctx.header("HX-Request") != null) show(ctx, subject, null, null, "");
        else ctx.redirect(subject.path() + "#" + anchor, HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, Subject subject, @Nullable String error, @Nullable Long errorParent, String draft) {
        Reader viewer = Access.reader(ctx).orElse(null);
        CommentTarget target = subject.target();
        Instant now = clock.instant();
        List<ReaderModels.ThreadView> threads = members.comments().threads(target, viewer).stream()
                .map(t -> thread(t, viewer, now)).toList();
        boolean banned = viewer != null && members.comments().activeBan(viewer.id()).isPresent();
        var section = new ReaderModels.CommentsSection(subject.path(), subject.title(), members.comments().count(target),
                threads, viewer, viewer == null ? "" : csrf.token(ctx), banned, error, errorParent, draft);
        boolean inPlace = ctx.header("HX-Request") != null;
        templates.render(ctx, inPlace ? "parts/comments.jte" : "comments.jte", section);
    }

    private ReaderModels.ThreadView thread(CommentThread thread, @Nullable Reader viewer, Instant now) {
        return new ReaderModels.ThreadView(view(thread.comment(), viewer, now),
                thread.replies().stream().map(c -> view(c, viewer, now)).toList());
    }

    private ReaderModels.CommentView view(Comment c, @Nullable Reader viewer, Instant now) {
        boolean mine = viewer != null && viewer.id() == c.authorId();
        boolean admin = viewer != null && viewer.isAdmin();
        boolean removed = c.deleted() || (c.hidden() && !admin) || (c.html().isEmpty() && c.markdown().isEmpty());
        return new ReaderModels.CommentView(c, TimeText.relative(c.createdAt(), now), TimeText.exact(c.createdAt()),
                mine, viewer != null && !removed && members.comments().canEdit(viewer, c),
                !c.deleted() && (mine || admin), admin && !c.deleted(), removed);
    }

    private Subject article(long id) {
        Article article = articles.find(id).orElseThrow(() -> new NotFoundResponse("There is no article #" + id + "."));
        return new Subject(new CommentTarget.OnArticle(id), article.title(), "/articles/" + id);
    }

    /** A story by its key, or by the key it merged into: its comments went with it. */
    private Subject story(String key) {
        String current = stories.find(key).isPresent() ? key : stories.currentKey(key).orElse(key);
        StorySummary story = stories.find(current)
                .orElseThrow(() -> new NotFoundResponse("There is no story " + key + "."));
        return new Subject(new CommentTarget.OnStory(stories.number(current)), story.title(),
                "/stories/" + ReadingPages.encode(current));
    }

    private Subject storyNumbered(long number, long commentId) {
        String key = stories.keyOf(number)
                .orElseThrow(() -> new NotFoundResponse("Comment #" + commentId + " is on a story Newsdesk no longer has."));
        return story(key);
    }
}
