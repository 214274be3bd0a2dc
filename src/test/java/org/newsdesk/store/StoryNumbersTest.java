package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import java.util.List;
import java.util.Map;
import org.newsdesk.domain.Comment;
import org.newsdesk.domain.CommentTarget;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.StoryMember;

/** A story's number outlives its key: comments on a story follow it through merges, splits and moves. */
class StoryNumbersTest extends BackendTest {

    private record World(StoryStore stories, CommentStore comments, long reader, long one, long two, long three) {}

    private World world(Backend backend) {
        Database database = open(backend);
        long source = new SourceStore(database).add("https://a.example/feed", null, "A", null, polling(T0)).id();
        ArticleStore articles = new ArticleStore(database);
        long reader = new ReaderStore(database).add("Ana", Role.MEMBER, "h", T0).id();
        return new World(new StoryStore(database), new CommentStore(database), reader,
                articles.insert(Samples.article(source, "one")).id(), articles.insert(Samples.article(source, "two")).id(),
                articles.insert(Samples.article(source, "three")).id());
    }

    @OnEveryBackend
    void numbersAStoryOnceAndFindsItsKeyByNumber(Backend backend) {
        World w = world(backend);
        String key = Long.toString(w.one());
        w.stories().assign(new StoryMember(w.one(), key, null), List.of(), null);

        long number = w.stories().number(key);

        assertThat(w.stories().number(key)).isEqualTo(number);
        assertThat(w.stories().number("elsewhere")).isNotEqualTo(number);
        assertThat(w.stories().keyOf(number)).contains(key);
        assertThat(w.stories().currentKey(key)).contains(key);
        assertThat(w.stories().numbers(List.of(key, "unknown"))).isEqualTo(Map.of(key, number));
    }

    @OnEveryBackend
    void commentsOnAStoryFollowItWhenItMergesIntoAnother(Backend backend) {
        World w = world(backend);
        String big = Long.toString(w.one());
        String small = Long.toString(w.two());
        w.stories().assign(new StoryMember(w.one(), big, null), List.of(), null);
        w.stories().assign(new StoryMember(w.two(), small, null), List.of(), null);
        long smallNumber = w.stories().number(small);
        Comment onSmall = w.comments().add(new CommentTarget.OnStory(smallNumber), null, w.reader(), "hi", "<p>hi</p>", at(1));

        // The third article joins the big story and shows the small one is the same event.
        w.stories().assign(new StoryMember(w.three(), big, null), List.of(small), null);

        long bigNumber = w.stories().number(big);
        assertThat(w.stories().find(small)).isEmpty();
        assertThat(w.stories().currentKey(small)).contains(big);
        assertThat(w.stories().keyOf(smallNumber)).contains(big);
        assertThat(w.comments().byTarget(new CommentTarget.OnStory(bigNumber)))
                .extracting(Comment::id).containsExactly(onSmall.id());
        assertThat(w.comments().countShownOnStories(List.of(bigNumber, smallNumber))).isEqualTo(Map.of(bigNumber, 1L));
    }

    @OnEveryBackend
    void aStoryKeepsItsNumberAndCommentsWhenAnAdminMovesOrSplitsArticlesOut(Backend backend) {
        World w = world(backend);
        String key = Long.toString(w.one());
        w.stories().assign(new StoryMember(w.one(), key, null), List.of(), null);
        w.stories().assign(new StoryMember(w.two(), key, null), List.of(), null);
        w.stories().assign(new StoryMember(w.three(), key, null), List.of(), null);
        long number = w.stories().number(key);
        w.comments().add(new CommentTarget.OnStory(number), null, w.reader(), "hi", "<p>hi</p>", at(1));

        w.stories().pin(w.one(), key + "~split"); // the founding article leaves: the key stays with the others
        w.stories().pin(w.two(), "elsewhere");

        assertThat(w.stories().find(key)).hasValueSatisfying(s -> assertThat(s.articleCount()).isEqualTo(1));
        assertThat(w.stories().number(key)).isEqualTo(number);
        assertThat(w.stories().number(key + "~split")).isNotEqualTo(number);
        assertThat(w.comments().countShownOnStories(List.of(number))).isEqualTo(Map.of(number, 1L));
    }

    @OnEveryBackend
    void aKeyFoundedAgainAfterAMergeIsItsOwnStoryAgain(Backend backend) {
        World w = world(backend);
        String a = Long.toString(w.one());
        String b = Long.toString(w.two());
        w.stories().assign(new StoryMember(w.one(), a, null), List.of(), null);
        w.stories().assign(new StoryMember(w.two(), b, null), List.of(), null);
        w.stories().number(b);
        w.stories().assign(new StoryMember(w.three(), a, null), List.of(b), null);

        // After a restart the replay may found the merged key again, from its own article.
        w.stories().assign(new StoryMember(w.two(), b, null), List.of(), null);

        assertThat(w.stories().currentKey(b)).contains(b);
    }
}
