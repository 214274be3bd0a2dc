package org.newsdesk.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.readers.AccountsTest.assertReason;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Comment;
import org.newsdesk.domain.CommentTarget;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.readers.ReaderException.Reason;

class CommentsTest {
    @TempDir
    Path folder;

    private Readers readers;
    private Comments comments;
    private Reader admin;
    private Reader ana;
    private Reader ben;
    private CommentTarget article;

    @BeforeEach
    void open() {
        readers = new Readers(folder);
        comments = readers.comments;
        admin = readers.accounts.create("Admin", "correct horse", Role.ADMIN);
        ana = readers.accounts.create("Ana", "correct horse", Role.MEMBER);
        ben = readers.accounts.create("Ben", "correct horse", Role.MEMBER);
        article = new CommentTarget.OnArticle(readers.article(readers.source("a"), "one", Readers.T0));
    }

    @AfterEach
    void close() {
        readers.close();
    }

    @Test
    void postsRenderedCommentsAndRepliesOneLevelDeep() {
        Comment top = comments.post(ana, article, null, "  Great **piece** <3  ");
        Comment reply = comments.post(ben, article, top.id(), "Agreed");
        Comment replyToReply = comments.post(ana, article, reply.id(), "Thanks");

        assertThat(top.html()).isEqualTo("<p>Great <strong>piece</strong> &lt;3</p>");
        assertThat(top.markdown()).isEqualTo("Great **piece** <3");
        assertThat(replyToReply.parentId()).isEqualTo(top.id());
        assertThat(comments.threads(article, ben)).singleElement().satisfies(t -> {
            assertThat(t.comment()).isEqualTo(top);
            assertThat(t.replies()).containsExactly(reply, replyToReply);
        });
        assertThat(comments.count(article)).isEqualTo(3);
        assertThat(comments.countsOnArticles(java.util.List.of(((CommentTarget.OnArticle) article).articleId())))
                .containsValue(3L);
    }

    @Test
    void refusesEmptyOrMisplacedComments() {
        Comment top = comments.post(ana, article, null, "first");
        CommentTarget other = new CommentTarget.OnArticle(readers.article(readers.source("b"), "two", Readers.T0));

        assertReason(() -> comments.post(ana, article, null, "   "), Reason.INVALID, "a comment needs some text");
        assertReason(() -> comments.post(ana, other, top.id(), "reply"), Reason.INVALID,
                "comment #" + top.id() + " is about something else");
        assertReason(() -> comments.post(ana, new CommentTarget.OnArticle(999_999), null, "x"), Reason.NOT_FOUND,
                "there is nothing to comment on there");
        assertReason(() -> comments.post(ana, article, null, "x".repeat(10_001)), Reason.INVALID,
                "a comment has at most 10000 characters");
    }

    @Test
    void theAuthorEditsWithinFifteenMinutes() {
        Comment comment = comments.post(ana, article, null, "teh");
        readers.clock.advance(Duration.ofMinutes(14));

        Comment edited = comments.edit(ana, comment.id(), "the");

        assertThat(edited.html()).isEqualTo("<p>the</p>");
        assertThat(edited.editedAt()).isEqualTo(Readers.T0.plus(Duration.ofMinutes(14)));
        assertReason(() -> comments.edit(ben, comment.id(), "hijack"), Reason.FORBIDDEN,
                "only its author edits a comment");
        readers.clock.advance(Duration.ofMinutes(1));
        assertThat(comments.canEdit(ana, edited)).isFalse();
        assertReason(() -> comments.edit(ana, comment.id(), "late"), Reason.FORBIDDEN,
                "a comment can be edited for 15 minutes after it is posted");
    }

    @Test
    void theAuthorOrAnAdminDeletesAndRepliesStay() {
        Comment top = comments.post(ana, article, null, "mine");
        Comment reply = comments.post(ben, article, top.id(), "reply");
        Comment alone = comments.post(ben, article, null, "alone");

        assertReason(() -> comments.delete(ben, top.id()), Reason.FORBIDDEN,
                "only its author or an admin deletes a comment");
        comments.delete(ana, top.id());
        comments.delete(admin, alone.id());

        assertThat(comments.threads(article, ben)).singleElement().satisfies(t -> {
            assertThat(t.comment().deleted()).isTrue();
            assertThat(t.comment().html()).isEmpty();
            assertThat(t.replies()).containsExactly(reply);
        });
        assertThat(comments.count(article)).isEqualTo(1);
        assertReason(() -> comments.post(ben, article, top.id(), "more"), Reason.INVALID,
                "comment #" + top.id() + " was removed: it takes no replies");
    }

    @Test
    void hiddenCommentsAreSeenByAdminsOnly() {
        Comment rude = comments.post(ben, article, null, "rude");
        Comment fine = comments.post(ana, article, null, "fine");

        assertReason(() -> comments.hide(ana, rude.id()), Reason.FORBIDDEN, "only an admin may do this");
        comments.hide(admin, rude.id());

        assertThat(comments.threads(article, ana)).extracting(t -> t.comment().id()).containsExactly(fine.id());
        assertThat(comments.threads(article, null)).extracting(t -> t.comment().id()).containsExactly(fine.id());
        assertThat(comments.threads(article, admin)).extracting(t -> t.comment().id())
                .containsExactly(rude.id(), fine.id());
        comments.unhide(admin, rude.id());
        assertThat(comments.threads(article, ana)).hasSize(2);
    }

    @Test
    void aHiddenCommentWithRepliesShowsWithoutItsText() {
        Comment rude = comments.post(ben, article, null, "rude");
        Comment answer = comments.post(ana, article, rude.id(), "calm down");

        comments.hide(admin, rude.id());

        assertThat(comments.threads(article, ana)).singleElement().satisfies(t -> {
            assertThat(t.comment().hidden()).isTrue();
            assertThat(t.comment().markdown()).isEmpty();
            assertThat(t.replies()).containsExactly(answer);
        });
    }

    @Test
    void aBannedReaderCannotCommentUntilTheBanEnds() {
        assertReason(() -> comments.ban(ana, ben.id(), "spam", null), Reason.FORBIDDEN, "only an admin may do this");
        assertReason(() -> comments.ban(admin, admin.id(), "x", null), Reason.FORBIDDEN, "an admin cannot be banned");
        comments.ban(admin, ben.id(), "spam", Duration.ofDays(1));

        assertReason(() -> comments.post(ben, article, null, "buy now"), Reason.FORBIDDEN,
                "you are banned from commenting until 2025-05-02T08:00:00Z: spam");
        readers.clock.advance(Duration.ofDays(1));
        assertThat(comments.post(ben, article, null, "sorry").markdown()).isEqualTo("sorry");
        comments.ban(admin, ben.id(), "", null);
        assertThat(comments.activeBan(ben.id())).isPresent();
        comments.unban(admin, ben.id());
        assertThat(comments.activeBan(ben.id())).isEmpty();
    }

    @Test
    void limitsHowFastAReaderComments() {
        for (int i = 0; i < 10; i++) comments.post(ana, article, null, "comment " + i);

        assertReason(() -> comments.post(ana, article, null, "one more"), Reason.RATE_LIMITED,
                "you are commenting fast: wait a few minutes");
        assertThat(comments.post(ben, article, null, "mine").authorName()).isEqualTo("Ben");
        readers.clock.advance(Duration.ofMinutes(11));
        assertThat(comments.post(ana, article, null, "later").markdown()).isEqualTo("later");
    }

    @Test
    void storiesTakeCommentsByTheirId() {
        CommentTarget story = new CommentTarget.OnStory(7);

        comments.post(ana, story, null, "about the story");

        assertThat(comments.threads(story, null)).hasSize(1);
        assertThat(comments.threads(article, null)).isEmpty();
    }
}
