package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;


import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.CommentTarget;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.StoryMember;
import org.newsdesk.domain.StorySummary;

import org.newsdesk.readers.Accounts;
import org.newsdesk.readers.SignedIn;
import org.newsdesk.store.StoryStore;

/**
 * Stories over HTTP: their read state per reader, "mark story as read" with the page's cut-off, and comments that
 * stay with a story when admins move articles and when stories merge.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoryReadingTest {

    @TempDir
    static Path folder;

    private DemoSite site;
    private StoryStore stories;
    private SignedIn ana;
    private SignedIn ben;
    private String first;
    private String second;

    @BeforeAll
    void start() {
        site = new DemoSite(folder);
        stories = site.newsdesk.storyStore;
        Accounts accounts = site.newsdesk.readers.accounts;
        Reader admin = accounts.create("Ana", "correct horse battery", Role.ADMIN);
        accounts.create(admin, "Ben", "another long password", Role.MEMBER);
        ana = accounts.signIn("Ana", "correct horse battery", "127.0.0.1", null);
        ben = accounts.signIn("Ben", "another long password", "127.0.0.1", null);
        List<StorySummary> top = stories.ranked(2, 0, 2);
        first = top.get(0).key();
        second = top.get(1).key();
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    @Order(1)
    void openingAStoryPageMarksNoneOfItsArticlesRead() {
        assertThat(site.as(ben, "/stories/" + first).statusCode()).isEqualTo(200);

        assertThat(site.newsdesk.readers.reading.readAmong(ben.reader(), ids(first))).isEmpty();
        assertThat(site.as(ben, "/me/story-bar?key=" + first).body()).contains("You have read 0 of");
    }

    @Test
    @Order(2)
    void marksAStoryReadUpToWhenItsPageWasShownAndOnlyForThatReader() {
        List<Long> all = ids(first);
        long newest = all.stream().max(java.util.Comparator.comparing(this::fetchedAt)).orElseThrow();
        long shownAt = fetchedAt(newest) - 1;
        List<Long> before = all.stream().filter(id -> fetchedAt(id) <= shownAt).toList();

        HttpResponse<String> marked = site.post(ben, "/stories/" + first + "/read",
                "cutoff=" + shownAt + "&_csrf=" + ben.session().csrfToken());

        assertThat(marked.statusCode()).isEqualTo(303);
        assertThat(marked.headers().firstValue("Location")).hasValue("/stories/" + first);
        // Articles fetched after the page was shown stay unread.
        assertThat(site.newsdesk.readers.reading.readAmong(ben.reader(), all)).containsExactlyInAnyOrderElementsOf(before)
                .doesNotContain(newest);
        assertThat(site.post(ben, "/stories/" + first + "/read", "_csrf=" + ben.session().csrfToken()).statusCode())
                .isEqualTo(303);
        assertThat(site.newsdesk.readers.reading.readAmong(ben.reader(), all)).containsExactlyInAnyOrderElementsOf(all);
        assertThat(site.as(ben, "/reading/story-marks?keys=" + first + "," + second).body())
                .contains("data-story-for=\"" + first + "\" data-read=\"true\"")
                .contains("data-story-for=\"" + second + "\" data-read=\"false\"");
        assertThat(site.as(ana, "/reading/story-marks?keys=" + first).body())
                .contains("data-story-for=\"" + first + "\" data-read=\"false\"");
    }

    @Test
    @Order(3)
    void refusesStoryMarksAndCommentsPostedWithoutTheCsrfToken() {
        assertThat(site.post(ben, "/stories/" + first + "/unread", "").statusCode()).isEqualTo(403);
        assertThat(site.post(ben, "/stories/" + first + "/comments", "text=hello").statusCode()).isEqualTo(403);
        assertThat(site.newsdesk.readers.reading.readAmong(ben.reader(), ids(first))).hasSize(ids(first).size());
    }

    @Test
    @Order(4)
    void keepsAStorysCommentsWhenAnAdminMovesOneOfItsArticlesAway() {
        HttpResponse<String> posted = site.post(ben, "/stories/" + first + "/comments",
                "text=Worth+following&_csrf=" + ben.session().csrfToken());
        assertThat(posted.statusCode()).isEqualTo(303);
        long moved = ids(first).getFirst();

        assertThat(site.post(ana, "/admin/articles/" + moved + "/story", "story=" + second + "&csrf="
                + ana.session().csrfToken()).statusCode()).isEqualTo(303);

        assertThat(ids(first)).doesNotContain(moved);
        assertThat(site.as(ben, "/stories/" + first + "/comments").body()).contains("Worth following");
        assertThat(site.as(ben, "/stories/" + second + "/comments").body()).doesNotContain("Worth following")
                .contains("No comments yet.");
        assertThat(site.as(ben, "/reading/story-marks?keys=" + first).body()).contains("1 comment<");
    }

    @Test
    @Order(5)
    void commentsFollowAStoryThatMergesIntoAnotherAndItsAddressLeadsThere() {
        long article = ids(second).getFirst();

        // The clusterer finds the first story is the same event as the second: the first merges away.
        stories.assign(new StoryMember(article, second, null), List.of(first), null);

        HttpResponse<String> old = site.as(ben, "/stories/" + first);
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location")).hasValue("/stories/" + second);
        assertThat(site.as(ben, "/stories/" + second + "/comments").body()).contains("Worth following");
        long number = stories.number(second);
        assertThat(site.newsdesk.readers.comments.count(new CommentTarget.OnStory(number))).isEqualTo(1);
    }

    private long fetchedAt(long articleId) {
        return site.newsdesk.articles.find(articleId).orElseThrow().fetchedAt().toEpochMilli();
    }

    private List<Long> ids(String key) {
        return stories.members(key).stream().map(StoryMember::articleId).toList();
    }
}
