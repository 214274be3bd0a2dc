package org.newsdesk.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers in Chromium: first run, invitations, signing in, comments on articles and stories, read and star marks,
 * and who sees what. Runs on each store backend (the subclasses), one Chromium per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ReaderBrowserTest {

    /** The store backend under test. */
    abstract TestNewsdesk.Store store();

    private static final String ADMIN_PASSWORD = "admin password 123";

    @TempDir
    static Path folder;

    private DemoSite site;
    private Browser browser;
    private Page admin;

    @BeforeAll
    void start() {
        site = new DemoSite(folder, store());
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        browser.close();
        site.close();
    }

    @Test
    @Order(1)
    void createsTheAdminOnTheFirstRunPage() {
        admin = browser.page(1280, false);
        admin.navigate(site.base + "/");
        admin.locator(".banner a[href='/setup']").click();
        admin.locator("#name").fill("Ana");
        admin.locator("#password").fill(ADMIN_PASSWORD);
        admin.locator("#confirm").fill(ADMIN_PASSWORD);
        admin.locator("button.primary").click();

        assertThat(admin).hasURL(Pattern.compile("/admin/readers"));
        assertThat(admin.locator(".flash")).containsText("Your admin account is ready");
        assertThat(admin.locator(".account-name")).hasText("Ana");
    }

    @Test
    @Order(2)
    void invitesAReaderWhoJoinsCommentsMarksAndSignsOut() {
        String link = invite();
        Page ben = browser.page(1280, false);
        join(ben, link, "Ben");
        assertThat(ben.locator(".tabs")).containsText("Unread");

        Locator firstCard = ben.locator("#river .card").first();
        assertThat(firstCard).hasClass(Pattern.compile("is-unread"));
        String title = firstCard.locator(".card-title a").textContent();
        firstCard.locator(".star-toggle").click();
        assertThat(firstCard.locator(".star-toggle")).hasAttribute("aria-pressed", "true");
        Locator second = ben.locator("#river .card").nth(1);
        second.locator(".read-toggle").click();
        assertThat(second).hasClass(Pattern.compile("is-read"));

        firstCard.locator(".card-title a").click();
        assertThat(ben.locator("h1")).hasText(title);
        assertThat(ben.locator(".article-marks .read-toggle")).hasAttribute("aria-pressed", "true");
        assertThat(ben.locator(".comments-empty")).containsText("No comments yet");
        ben.locator("#comment-text").fill("A **useful** article, see https://example.org/");
        ben.locator(".comment-form button").click();
        Locator comment = ben.locator(".comment").first();
        assertThat(comment.locator(".comment-body strong")).hasText("useful");
        assertThat(comment.locator(".comment-body a")).hasAttribute("rel", "nofollow ugc");
        assertThat(ben.locator("#comments-title .count")).hasText("1");

        ben.locator(".reply summary").click();
        ben.locator(".reply textarea").fill("Replying to myself");
        ben.locator(".reply button").click();
        assertThat(ben.locator(".replies .comment")).hasCount(1);
        assertThat(ben.locator(".replies .comment-body")).hasText("Replying to myself");

        ben.locator(".comment .edit summary").first().click();
        ben.locator(".comment .edit textarea").first().fill("A **very useful** article");
        ben.locator(".comment .edit button").first().click();
        assertThat(ben.locator(".comment-body").first()).hasText("A very useful article");
        assertThat(ben.locator(".comment-meta").first()).containsText("edited");

        ben.navigate(site.base + "/starred");
        assertThat(ben.locator(".card-title a")).hasText(title);
        signOut(ben);
        ben.navigate(site.base + "/starred");
        assertThat(ben).hasURL(Pattern.compile("/signin\\?next="));
        ben.context().close();
    }

    @Test
    @Order(3)
    void aSecondReaderSeesNoneOfTheFirstsMarks() {
        Page cleo = browser.page(1280, false);
        join(cleo, invite(), "Cleo");
        assertThat(cleo.locator("#river .card").first()).hasClass(Pattern.compile("is-unread"));
        assertThat(cleo.locator("#river .card").nth(1)).hasClass(Pattern.compile("is-unread"));
        assertThat(cleo.locator("#river .card").first().locator(".star-toggle")).hasAttribute("aria-pressed", "false");
        assertThat(cleo.locator("#river .card").first().locator(".comment-count")).hasText("2 comments");
        cleo.navigate(site.base + "/starred");
        assertThat(cleo.locator(".empty")).containsText("Nothing starred yet");

        Response adminPage = cleo.navigate(site.base + "/admin/readers");
        assertThat(adminPage.status()).isEqualTo(403);
        assertThat(cleo.locator("h1")).hasText("Not allowed");
        Response sources = cleo.navigate(site.base + "/sources");
        assertThat(sources.status()).isEqualTo(403);
        Object api = cleo.evaluate("() => fetch('/api/v1/sources/1', {method: 'DELETE'}).then(r => r.status)");
        assertThat(api).isEqualTo(403);
        cleo.context().close();
    }

    @Test
    @Order(4)
    void refusesAFormPostedWithoutItsCsrfToken() {
        admin.navigate(site.base + "/account");
        Object status = admin.evaluate("() => fetch('/account/app-passwords', {method: 'POST', "
                + "headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: 'label=Sneaky'}).then(r => r.status)");
        assertThat(status).isEqualTo(403);
        assertThat(admin.locator(".app-password")).hasCount(0);
    }

    @Test
    @Order(5)
    void makesAnAppPasswordAndShowsItOnce() {
        admin.navigate(site.base + "/account");
        admin.locator("#label").fill("NetNewsWire");
        admin.locator(".inline-form button").click();
        assertThat(admin.locator(".secret-value")).isVisible();
        assertThat(admin.locator(".secret")).containsText(site.base + "/api/greader");
        String secret = admin.locator(".secret-value").textContent();
        assertThat(site.newsdesk.readers.appPasswords.authenticate("Ana", secret)).isPresent();
        admin.navigate(site.base + "/account");
        assertThat(admin.locator(".secret-value")).hasCount(0);
        assertThat(admin.locator(".app-password")).containsText("NetNewsWire");
    }

    @Test
    @Order(6)
    void aReaderCommentsOnAStoryAndMarksItReadAndUnread() {
        String key = topStoryKey();
        int originals = (int) site.newsdesk.storyStore.members(key).stream().filter(m -> m.copyOf() == null).count();
        Page dee = browser.page(1280, false);
        join(dee, invite(), "Dee");

        dee.navigate(site.base + "/stories/" + key);
        assertThat(dee.locator(".story-bar .story-progress")).hasText("You have read 0 of " + originals + " articles.");
        assertThat(dee.locator(".comments-empty")).containsText("No comments yet");
        dee.locator("#comment-text").fill("Who else is **covering** this?");
        dee.locator(".comment-form button").click();
        assertThat(dee.locator(".comment .comment-body strong")).hasText("covering");
        dee.locator(".reply summary").click();
        dee.locator(".reply textarea").fill("The wires, mostly");
        dee.locator(".reply button").click();
        assertThat(dee.locator(".replies .comment-body")).hasText("The wires, mostly");
        assertThat(dee.locator("#comments-title .count")).hasText("2");

        // Opening the story marked nothing; opening one of its articles marks that one.
        dee.navigate(site.base + "/");
        Locator card = storyCard(dee, key);
        assertThat(card.locator(".story-marks")).hasAttribute("data-read", "false");
        assertThat(card.locator(".comment-count")).hasText("2 comments");
        card.locator(".card-title a").click();
        dee.locator(".coverage .card-title a").first().click();
        assertThat(dee.locator(".article-marks .read-toggle")).hasAttribute("aria-pressed", "true");
        dee.navigate(site.base + "/stories/" + key);
        assertThat(dee.locator(".story-bar .story-progress")).hasText("You have read 1 of " + originals + " article"
                + (originals == 1 ? "" : "s") + ".");

        dee.locator(".story-bar button").click();
        assertThat(dee.locator(".story-bar .story-progress")).hasText("Read You have read this story.");
        assertThat(dee.locator(".coverage .card").last()).hasClass(Pattern.compile("is-read"));
        dee.navigate(site.base + "/");
        assertThat(storyCard(dee, key)).hasClass(Pattern.compile("is-read"));
        assertThat(storyCard(dee, key).locator(".read-badge")).hasText("Read");

        dee.navigate(site.base + "/stories/" + key);
        dee.locator(".story-bar button", new Page.LocatorOptions().setHasText("Mark story as unread")).click();
        assertThat(dee.locator(".story-bar button")).hasText("Mark story as read");
        assertThat(dee.locator(".coverage .card").first()).hasClass(Pattern.compile("is-unread"));
        dee.locator(".story-bar button").click();
        assertThat(dee.locator(".story-bar button")).hasText("Mark story as unread");

        Object status = dee.evaluate("key => fetch('/stories/' + key + '/unread', {method: 'POST', headers: "
                + "{'Content-Type': 'application/x-www-form-urlencoded'}, body: ''}).then(r => r.status)", key);
        assertThat(status).isEqualTo(403);
        dee.context().close();

        // The admin sees Dee's comments but none of her marks, and hides her comment.
        admin.navigate(site.base + "/");
        assertThat(storyCard(admin, key).locator(".story-marks")).hasAttribute("data-read", "false");
        admin.navigate(site.base + "/stories/" + key);
        assertThat(admin.locator(".story-bar .story-progress")).hasText("You have read 0 of " + originals + " articles.");
        admin.locator(".thread > .comment").first().locator("button", new Locator.LocatorOptions().setHasText("Hide")).click();
        assertThat(admin.locator(".thread > .comment").first()).containsText("hidden from readers");
        admin.locator(".thread > .comment").first().locator("button", new Locator.LocatorOptions().setHasText("Show")).click();
        assertThat(admin.locator(".thread > .comment").first()).not().containsText("hidden from readers");
    }

    private String topStoryKey() {
        return site.newsdesk.storyStore.ranked(1, 0, 2).getFirst().key();
    }

    private static Locator storyCard(Page page, String key) {
        return page.locator(".top-stories .story-card").filter(new Locator.FilterOptions()
                .setHas(page.locator("[data-story-slot='" + key + "']")));
    }

    @Test
    @Order(7)
    void theAdminHidesAComment() {
        long articleId = site.newsdesk.readers.reading.starredIds(site.newsdesk.readers.accounts.findByName("Ben").orElseThrow(), 1).getFirst();
        admin.navigate(site.base + "/articles/" + articleId);
        Locator first = admin.locator(".thread > .comment").first();
        first.locator("button", new Locator.LocatorOptions().setHasText("Hide")).click();
        assertThat(admin.locator(".thread > .comment").first()).containsText("hidden from readers");
    }

    @Test
    @Order(9)
    void showsTheRateLimitOnTheSignInPage() {
        Page page = browser.page(390, false);
        page.navigate(site.base + "/signin");
        for (int i = 0; i < 11; i++) {
            page.locator("#name").fill("Nobody");
            page.locator("#password").fill("wrong password " + i);
            page.locator("button.primary").click();
            page.waitForLoadState();
        }
        assertThat(page.locator(".flash.error")).containsText("Try again in");
        page.context().close();
    }

    /** The pages look the same on every store: the SQLite class shoots them once. */
    void screenshotsTheReadersPagesLightAndDarkOnPhoneAndDesktop() {
        // The admin has read the second top story: its card is dimmed on the front page.
        var ana = site.newsdesk.readers.accounts.findByName("Ana").orElseThrow();
        String second = site.newsdesk.storyStore.ranked(2, 0, 2).getLast().key();
        site.newsdesk.readers.reading.markStoryRead(ana, site.newsdesk.storyStore.members(second).stream()
                .map(org.newsdesk.domain.StoryMember::articleId).toList());
        String link = invite();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("readers-front", "/");
        pages.put("readers-article", "/articles/" + site.newsdesk.readers.reading.starredIds(
                site.newsdesk.readers.accounts.findByName("Ben").orElseThrow(), 1).getFirst() + "#comments");
        pages.put("readers-account", "/account");
        pages.put("readers-admin", "/admin/readers");
        pages.put("readers-starred", "/starred");
        pages.put("readers-unread", "/unread");
        pages.put("readers-story", "/stories/" + topStoryKey());
        for (boolean dark : List.of(false, true)) {
            for (int width : List.of(390, 1280)) {
                Page page = browser.page(width, dark);
                shoot(page, "/signin", "readers-signin", dark, width);
                shoot(page, link.substring(site.base.length()), "readers-invite", dark, width);
                page.navigate(site.base + "/signin");
                page.locator("#name").fill("Ana");
                page.locator("#password").fill(ADMIN_PASSWORD);
                page.locator("button.primary").click();
                page.waitForURL(Pattern.compile(".*/$"));
                for (var entry : pages.entrySet()) shoot(page, entry.getValue(), entry.getKey(), dark, width);
                page.context().close();
            }
        }
    }

    private void shoot(Page page, String path, String name, boolean dark, int width) {
        page.navigate(site.base + path);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        Path file = Browser.SCREENSHOTS.resolve(name + "-" + (dark ? "dark" : "light") + "-" + width + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        assertThat(file).isNotEmptyFile();
    }

    private String invite() {
        admin.navigate(site.base + "/admin/readers");
        admin.locator("form[action='/admin/invites'] button").click();
        String link = admin.locator(".invite-link").inputValue();
        assertThat(link).startsWith(site.base + "/invite/");
        return link;
    }

    private void join(Page page, String link, String name) {
        page.navigate(link);
        page.locator("#name").fill(name);
        page.locator("#password").fill(name + " password 123");
        page.locator("#confirm").fill(name + " password 123");
        page.locator("button.primary").click();
        assertThat(page).hasURL(Pattern.compile("/\\?welcome=1$"));
        assertThat(page.locator(".account-name")).hasText(name);
    }

    private static void signOut(Page page) {
        page.locator(".account-menu summary").click();
        page.locator(".menu-list button", new Page.LocatorOptions().setHasText("Sign out")).click();
        assertThat(page.locator(".flash")).hasText("You are signed out.");
    }
}
