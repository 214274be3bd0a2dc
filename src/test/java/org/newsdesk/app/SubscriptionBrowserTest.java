package org.newsdesk.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.Source;

/** A reader makes Newsdesk their own in Chromium: subscriptions in a folder, My feeds, a hidden source, a saved search. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubscriptionBrowserTest {

    private static final String PASSWORD = "dana password 123";

    @TempDir
    static Path folder;

    private DemoSite site;
    private Browser browser;
    private Page dana;
    private Source harbor;
    private Source ledger;

    @BeforeAll
    void start() {
        site = new DemoSite(folder);
        browser = new Browser();
        var accounts = site.newsdesk.readers.accounts;
        Reader ana = accounts.create("Ana", "correct horse battery", Role.ADMIN);
        accounts.create(ana, "Dana", PASSWORD, Role.MEMBER);
        harbor = site.newsdesk.sources.list().stream().filter(s -> s.title().contains("Harbor")).findFirst().orElseThrow();
        ledger = site.newsdesk.sources.list().stream().filter(s -> s.title().contains("Ledger")).findFirst().orElseThrow();
    }

    @AfterAll
    void stop() {
        browser.close();
        site.close();
    }

    @Test
    @Order(1)
    void aReaderSubscribesToTwoSourcesInAFolderAndSeesOnlyThemOnMyFeeds() {
        dana = browser.page(1280, false);
        signIn(dana);
        assertThat(dana.locator(".nav a[href='/subscriptions']")).hasText("Subscriptions");
        assertThat(dana.locator(".nav a[href='/sources']")).hasCount(0);
        assertThat(dana.locator(".subscribe-hint")).containsText("You follow no sources of your own yet");

        dana.locator(".subscribe-hint a").click();
        assertThat(dana).hasURL(Pattern.compile("/subscriptions$"));
        subscribeFromList(harbor, "Morning");
        assertThat(dana.locator(".flash")).containsText("Subscribed");
        subscribeFromList(ledger, "Morning");
        Locator morning = dana.locator(".folder[data-folder='Morning']");
        assertThat(morning.locator(".sub-row")).hasCount(2);
        assertThat(morning.locator(".sub-title").allTextContents()).containsExactlyInAnyOrder(harbor.title(), ledger.title());

        dana.locator(".brand").click();
        assertThat(dana.locator(".feed-switch a[aria-current='page']")).hasText("My feeds");
        assertThat(dana.locator("#river .card").first()).isVisible();
        assertThat(cardSources()).isNotEmpty().allMatch(t -> t.equals(harbor.title()) || t.equals(ledger.title()));

        dana.locator(".feed-switch a", new Page.LocatorOptions().setHasText("All news")).click();
        assertThat(dana.locator(".feed-switch a[aria-current='page']")).hasText("All news");
        assertThat(cardSources()).hasSizeGreaterThan(2);
        dana.navigate(site.base + "/");
        assertThat(dana.locator(".feed-switch a[aria-current='page']")).hasText("All news");
        dana.locator(".feed-switch a", new Page.LocatorOptions().setHasText("My feeds")).click();
        assertThat(dana.locator(".feed-switch a[aria-current='page']")).hasText("My feeds");
    }

    @Test
    @Order(2)
    void hidesOneOfThem() {
        dana.navigate(site.base + "/subscriptions");
        Locator row = dana.locator(".sub-row[data-source-id='" + ledger.id() + "']");
        row.locator("summary").click();
        row.locator("button", new Locator.LocatorOptions().setHasText("Hide")).click();
        assertThat(dana.locator(".flash")).containsText("Hidden");
        assertThat(dana.locator(".hidden-row")).containsText(ledger.title());

        dana.navigate(site.base + "/");
        assertThat(dana.locator("#river .card").first()).isVisible();
        assertThat(cardSources()).containsOnly(harbor.title());
        dana.navigate(site.base + "/?view=all");
        assertThat(cardSources()).doesNotContain(ledger.title()).hasSizeGreaterThan(1);
        dana.navigate(site.base + "/?view=mine");
    }

    @Test
    @Order(3)
    void savesASearchAndOpensIt() {
        dana.locator("#q").fill("strike");
        dana.locator("#q").press("Enter");
        assertThat(dana).hasURL(Pattern.compile("/search\\?q=strike"));
        Locator panel = dana.locator(".saved-panel");
        panel.locator("#save-name").fill("Strikes");
        panel.locator("button", new Locator.LocatorOptions().setHasText("Save")).click();
        assertThat(dana.locator(".saved-now")).containsText("Saved as Strikes");

        dana.navigate(site.base + "/subscriptions");
        Locator saved = dana.locator("#saved-searches .saved-row").first();
        assertThat(saved.locator(".saved-query")).hasText("strike");
        assertThat(saved.locator("a[title='RSS feed of this search']")).hasAttribute("href",
                Pattern.compile("/feeds/search/\\d+/rss"));
        saved.locator(".saved-name").click();
        assertThat(dana).hasURL(Pattern.compile("/search\\?q=strike$"));
        assertThat(dana.locator("h1")).containsText("strike");
        assertThat(dana.locator(".saved-name[aria-current='true']")).hasText("Strikes");
    }

    @Test
    @Order(4)
    void exportsTheReadersOpml() throws IOException {
        dana.navigate(site.base + "/subscriptions");
        Download download = dana.waitForDownload(() -> dana.locator(".subs-head a", new Page.LocatorOptions()
                .setHasText("Export OPML")).click());
        assertThat(download.suggestedFilename()).isEqualTo("newsdesk-dana-subscriptions.opml");
        String opml = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(opml).contains("<outline text=\"Morning\"").contains(harbor.feedUrl()).contains(ledger.feedUrl());
    }

    @Test
    @Order(5)
    void screenshotsTheSubscriptionPagesLightAndDarkOnPhoneAndDesktop() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("subscriptions", "/subscriptions");
        pages.put("subscriptions-front", "/?view=mine");
        pages.put("subscriptions-search", "/search?q=strike");
        pages.put("subscriptions-source", "/sources/" + ledger.id());
        for (boolean dark : List.of(false, true)) {
            for (int width : List.of(390, 1280)) {
                Page page = browser.page(width, dark);
                signIn(page);
                for (var entry : pages.entrySet()) shoot(page, entry.getValue(), entry.getKey(), dark, width);
                page.navigate(site.base + "/subscriptions");
                page.locator(".sub-edit summary").first().click();
                page.locator(".folder-edit summary").first().click();
                shoot(page, null, "subscriptions-editing", dark, width);
                page.context().close();
            }
        }
    }

    private void subscribeFromList(Source source, String folderName) {
        Locator row = dana.locator(".available .sub-row[data-source-id='" + source.id() + "']");
        row.locator("input[name='folder']").fill(folderName);
        row.locator("button").click();
    }

    private List<String> cardSources() {
        return dana.locator("#river .card .source").allTextContents();
    }

    private void signIn(Page page) {
        page.navigate(site.base + "/signin");
        page.locator("#name").fill("Dana");
        page.locator("#password").fill(PASSWORD);
        page.locator("button.primary").click();
        page.waitForURL(Pattern.compile(".*/$"));
    }

    /** @param path the page to open, or null to shoot the page as it is */
    private void shoot(Page page, @org.jspecify.annotations.Nullable String path, String name, boolean dark, int width) {
        if (path != null) page.navigate(site.base + path);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        // What sticks out, should anything: elements whose right edge lies beyond the window, but for those in a
        // box that scrolls sideways on purpose (a row of chips on a phone).
        Object wide = page.evaluate("() => Array.from(document.querySelectorAll('main *')).filter(e => {"
                + " if (e.getBoundingClientRect().right <= window.innerWidth + 1) return false;"
                + " for (let p = e.parentElement; p && p !== document.body; p = p.parentElement)"
                + "   if (getComputedStyle(p).overflowX !== 'visible') return false;"
                + " return true; }).slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')");
        assertThat(((Number) overflow).intValue()).as(name + " at " + width + " px wide scrolls sideways (" + wide + ")").isZero();
        assertThat(wide).as(name + " at " + width + " px wide has elements beyond the window").isEqualTo("");
        Path file = Browser.SCREENSHOTS.resolve(name + "-" + (dark ? "dark" : "light") + "-" + width + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        assertThat(file).isNotEmptyFile();
    }
}
