package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import java.util.Map;
import org.newsdesk.domain.Comment;
import org.newsdesk.domain.CommentTarget;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.store.StoreException.Reason;

class CommentStoreTest extends BackendTest {

    private record World(Database database, CommentStore comments, Reader ana, Reader ben, long article, long other) {}

    private World world(Backend backend) {
        Database database = open(backend);
        ReaderStore readers = new ReaderStore(database);
        long source = new SourceStore(database).add("https://a.example/feed", null, "A", null, polling(T0)).id();
        ArticleStore articles = new ArticleStore(database);
        return new World(database, new CommentStore(database), readers.add("Ana", Role.ADMIN, "h", T0),
                readers.add("Ben", Role.MEMBER, "h", T0), articles.insert(Samples.article(source, "one")).id(),
                articles.insert(Samples.article(source, "two")).id());
    }

    @OnEveryBackend
    void storesACommentWithItsAuthorsName(Backend backend) {
        World w = world(backend);
        CommentTarget target = new CommentTarget.OnArticle(w.article());

        Comment comment = w.comments().add(target, null, w.ben().id(), "**Hi** ✓", "<p><strong>Hi</strong> ✓</p>", at(1));

        assertThat(comment).isEqualTo(new Comment(comment.id(), target, null, w.ben().id(), "Ben", "**Hi** ✓",
                "<p><strong>Hi</strong> ✓</p>", at(1), null, null, null));
        assertThat(w.comments().find(comment.id())).contains(comment);
    }

    @OnEveryBackend
    void listsCommentsAndRepliesOfOneTargetOldestFirst(Backend backend) {
        World w = world(backend);
        CommentTarget article = new CommentTarget.OnArticle(w.article());
        CommentTarget story = new CommentTarget.OnStory(42);
        Comment first = w.comments().add(article, null, w.ana().id(), "first", "<p>first</p>", at(1));
        Comment reply = w.comments().add(article, first.id(), w.ben().id(), "reply", "<p>reply</p>", at(2));
        w.comments().add(new CommentTarget.OnArticle(w.other()), null, w.ana().id(), "elsewhere", "", at(3));
        Comment onStory = w.comments().add(story, null, w.ben().id(), "story", "<p>story</p>", at(4));

        assertThat(w.comments().byTarget(article)).containsExactly(first, reply);
        assertThat(reply.parentId()).isEqualTo(first.id());
        assertThat(w.comments().byTarget(story)).containsExactly(onStory);
        assertThat(w.comments().countShown(article)).isEqualTo(2);
    }

    @OnEveryBackend
    void editsDeletesAndHides(Backend backend) {
        World w = world(backend);
        CommentTarget target = new CommentTarget.OnArticle(w.article());
        Comment comment = w.comments().add(target, null, w.ben().id(), "typo", "<p>typo</p>", at(1));
        Comment other = w.comments().add(target, null, w.ben().id(), "rude", "<p>rude</p>", at(1));

        Comment edited = w.comments().edit(comment.id(), "fixed", "<p>fixed</p>", at(2));
        Comment hidden = w.comments().setHidden(other.id(), w.ana().id(), at(3));
        Comment deleted = w.comments().markDeleted(comment.id(), at(4));

        assertThat(edited.markdown()).isEqualTo("fixed");
        assertThat(edited.editedAt()).isEqualTo(at(2));
        assertThat(hidden.hiddenAt()).isEqualTo(at(3));
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.markdown()).isEmpty();
        assertThat(deleted.html()).isEmpty();
        assertThat(w.comments().countShown(target)).isZero();
        assertThat(w.comments().setHidden(other.id(), null, null).hidden()).isFalse();
        assertThat(w.comments().countShown(target)).isEqualTo(1);
        assertThatThrownBy(() -> w.comments().edit(999, "x", "x", at(5)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @OnEveryBackend
    void countsShownCommentsPerArticleAndPerAuthor(Backend backend) {
        World w = world(backend);
        w.comments().add(new CommentTarget.OnArticle(w.article()), null, w.ben().id(), "a", "a", at(1));
        w.comments().add(new CommentTarget.OnArticle(w.article()), null, w.ben().id(), "b", "b", at(2));
        Comment gone = w.comments().add(new CommentTarget.OnArticle(w.other()), null, w.ana().id(), "c", "c", at(3));
        w.comments().markDeleted(gone.id(), at(4));

        assertThat(w.comments().countShownOnArticles(java.util.List.of(w.article(), w.other())))
                .isEqualTo(Map.of(w.article(), 2L));
        assertThat(w.comments().countByAuthorSince(w.ben().id(), at(2))).isEqualTo(1);
        assertThat(w.comments().countByAuthorSince(w.ana().id(), at(0))).isEqualTo(1);
    }

    @OnEveryBackend
    void aCommentNeedsAnExistingArticleAndAuthor(Backend backend) {
        World w = world(backend);

        assertThatThrownBy(() -> w.comments().add(new CommentTarget.OnArticle(999), null, w.ben().id(), "x", "x", T0))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        assertThatThrownBy(() -> w.comments().add(new CommentTarget.OnArticle(w.article()), null, 999, "x", "x", T0))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @OnEveryBackend
    void removingAnArticleOrAnAuthorRemovesTheirComments(Backend backend) {
        World w = world(backend);
        Comment onArticle = w.comments().add(new CommentTarget.OnArticle(w.article()), null, w.ana().id(), "a", "a", T0);
        Comment byBen = w.comments().add(new CommentTarget.OnArticle(w.other()), null, w.ben().id(), "b", "b", T0);

        new ReaderStore(w.database()).remove(w.ben().id());
        w.database().write("removing an article", h -> h.createUpdate("DELETE FROM articles WHERE id = :id")
                .bind("id", w.article()).execute());

        assertThat(w.comments().find(onArticle.id())).isEmpty();
        assertThat(w.comments().find(byBen.id())).isEmpty();
    }
}
