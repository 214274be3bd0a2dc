package org.newsdesk.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import org.newsdesk.demo.DemoArticle;

/** A reader in Chromium, against the ingested demo network. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    @TempDir
    static Path folder;

    private DemoSite site;
    private Browser browser;

    @BeforeAll
    void start() {
        site = new DemoSite(folder);
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        browser.close();
        site.close();
    }

    private Page open(String path) {
        Page page = browser.page(1280, false);
        page.navigate(site.base + path);
        return page;
    }

    @Test
    void opensTheFrontPageAndAnArticle() {
        Page page = open("/");
        assertThat(page.locator("h1")).hasText("Latest news");
        assertThat(page.locator("#river .card")).hasCount(ReadingPages_PAGE_SIZE);
        assertThat(page.locator(".top-stories .story-card").first()).isVisible();
        String title = page.locator("#river .card-title a").first().textContent();

        page.locator("#river .card-title a").first().click();

        assertThat(page).hasURL(Pattern.compile("/articles/\\d+$"));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".body p").first()).isVisible();
        page.context().close();
    }

    @Test
    void pagesToOlderArticlesInPlace() {
        Page page = open("/");
        page.locator(".paging a").click();
        assertThat(page.locator("#river .card")).hasCount(site.network.articleCount());
        assertThat(page).hasURL(site.base + "/");
        page.context().close();
    }

    @Test
    void followsARelatedArticle() {
        DemoArticle quake = site.network.articles().stream().filter(a -> a.event().equals("castrana-earthquake")).findFirst().orElseThrow();
        Page page = open("/search?q=" + quake.title().replace(" ", "+"));
        page.locator(".card-title a").first().click();
        Locator related = page.locator(".related .card-title a");
        assertThat(related.first()).isVisible();
        String relatedTitle = related.first().textContent();

        related.first().click();

        assertThat(page.locator("h1")).hasText(relatedTitle);
        page.context().close();
    }

    @Test
    void searchesAndNarrowsWithAFacet() {
        Page page = open("/search?q=earthquake");
        long all = resultCount(page);
        Locator sourceFacet = page.locator(".facets .chips-box").filter(new Locator.FilterOptions().setHasText("Source")).locator(".chip").first();
        String facetCount = sourceFacet.locator(".count").textContent();

        sourceFacet.click();

        assertThat(page.locator(".facets .chip[aria-current=true]")).hasCount(1);
        assertThat(resultCount(page)).isEqualTo(Long.parseLong(facetCount.strip())).isLessThan(all);
        assertThat(page.locator(".snippet mark").first()).isVisible();
        page.context().close();
    }

    @Test
    void suggestsAnotherSpellingWhenNothingMatches() {
        Page page = open("/search?q=earthquaek");
        assertThat(page.locator(".meta[role=status]")).hasText("No results.");
        page.locator(".suggestions a").first().click();
        assertThat(resultCount(page)).isGreaterThan(0);
        page.context().close();
    }

    @Test
    void opensACategory() {
        Page page = open("/categories");
        Locator first = page.locator(".chips.large .chip").first();
        String label = first.textContent().replaceAll("\\s+\\d+$", "").strip();

        first.click();

        assertThat(page.locator("h1")).hasText(label);
        assertThat(page.locator(".kicker")).hasText("Category");
        assertThat(page.locator(".card").first()).isVisible();
        page.context().close();
    }

    @Test
    void opensAStoryWithItsCoverageBySource() {
        Page page = open("/");
        Locator story = page.locator(".top-stories .card-title a").first();
        String title = story.textContent();

        story.click();

        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".kicker")).containsText("sources");
        assertThat(page.locator(".coverage").first()).isVisible();
        assertThat(page.locator(".timeline rect").first()).isAttached();
        assertThat(page.locator(".story-labels .chip").first()).isVisible();
        assertThat(page.locator(".brief p").first()).not().isEmpty();
        page.context().close();
    }

    @Test
    void saysWhoRepublishedTheWireStory() {
        Page page = open("/search?q=" + "Strong earthquake kills at least 14".replace(" ", "+"));
        page.locator(".card-title a").first().click();
        assertThat(page.locator(".story-link")).containsText("Also published by");
        page.context().close();
    }

    @Test
    void togglesDarkModeAndRemembersIt() {
        Page page = open("/");
        String light = page.evaluate("getComputedStyle(document.body).backgroundColor").toString();

        page.locator("#theme-toggle").click();

        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
        String dark = page.evaluate("getComputedStyle(document.body).backgroundColor").toString();
        assertThat(dark).isNotEqualTo(light);
        page.reload();
        assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
        page.context().close();
    }

    @Test
    void movesThroughArticlesWithJAndK() {
        Page page = open("/");
        Locator cards = page.locator("[data-nav-item]");

        page.keyboard().press("j");
        assertThat(cards.nth(0)).hasClass(Pattern.compile("is-current"));
        page.keyboard().press("j");
        assertThat(cards.nth(1)).hasClass(Pattern.compile("is-current"));
        page.keyboard().press("k");
        assertThat(cards.nth(0)).hasClass(Pattern.compile("is-current"));
        String title = cards.nth(0).locator(".card-title a").textContent();
        page.keyboard().press("o");
        assertThat(page.locator("h1")).hasText(title);
        page.keyboard().press("?");
        page.goBack();
        page.keyboard().press("?");
        assertThat(page.locator("#shortcuts")).isVisible();
        page.context().close();
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it changes the sources
    void removesAndAddsASourceOnTheSourcesPage() {
        Page page = open("/sources");
        page.onDialog(dialog -> dialog.accept());
        Locator rows = page.locator(".source-row");
        assertThat(rows).hasCount(4);

        rows.filter(new Locator.FilterOptions().setHasText("Valley Dispatch")).locator("button.danger").click();

        assertThat(page.locator(".flash")).hasText("Source removed, with its articles.");
        assertThat(rows).hasCount(3);

        page.locator("#add-url").fill(site.network.baseUrl() + "robots.txt");
        page.locator("button.primary").click();
        assertThat(page.locator(".flash.error")).containsText("not a feed");
        assertThat(page.locator("#add-url")).hasAttribute("aria-invalid", "true");

        page.locator("#add-url").fill(site.network.subscriptions().get(3).toString());
        page.locator("#add-category").fill("Local");
        page.locator("button.primary").click();

        assertThat(page.locator(".flash")).containsText("Following the new source");
        assertThat(rows).hasCount(4);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Valley Dispatch"))).containsText("Local");
        page.context().close();
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void screenshotsEveryPageLightAndDarkOnPhoneAndDesktop() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("front", "/");
        pages.put("story", "/stories/" + site.newsdesk.storyStore.ranked(1, 0, 2).getFirst().key());
        pages.put("article", "/articles/1");
        pages.put("category", "/categories/World");
        pages.put("topics", "/categories");
        pages.put("tag", "/tags/" + site.newsdesk.listing.labels(org.newsdesk.domain.LabelKind.TAG, 1).getFirst().label().replace(" ", "%20"));
        pages.put("source", "/sources/1");
        pages.put("search", "/search?q=strike");
        pages.put("search-empty", "/search?q=zzzzqqq");
        pages.put("sources", "/sources");
        pages.put("not-found", "/articles/999999");
        for (boolean dark : List.of(false, true)) {
            for (int width : List.of(390, 1280)) {
                Page page = browser.page(width, dark);
                for (var entry : pages.entrySet()) {
                    page.navigate(site.base + entry.getValue());
                    Path file = Browser.SCREENSHOTS.resolve(entry.getKey() + "-" + (dark ? "dark" : "light") + "-" + width + ".png");
                    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                    assertThat(file).isNotEmptyFile();
                }
                page.context().close();
            }
        }
    }

    private static final int ReadingPages_PAGE_SIZE = 20;

    private static long resultCount(Page page) {
        String status = page.locator(".meta[role=status]").textContent();
        var m = Pattern.compile("of (\\d+) result").matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
