package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.domain.Folder;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.SavedSearch;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.Subscription;
import org.newsdesk.readers.Accounts;
import org.newsdesk.readers.SignedIn;
import org.newsdesk.readers.Subscriptions;

/**
 * A reader's subscriptions in the browser, over HTTP: the front page of their feeds, the Subscriptions page and its
 * forms, hidden sources, saved searches, and who may change what.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubscriptionPagesTest {

    private static final Pattern CARD_SOURCE = Pattern.compile("<a class=\"source\" href=\"/sources/(\\d+)\">");

    @TempDir
    static Path folder;

    private DemoSite site;
    private Subscriptions subscriptions;
    private SignedIn admin;
    private SignedIn ben;
    private SignedIn cleo;
    private Source harbor;
    private Source ledger;
    private Source wire;

    @BeforeAll
    void start() {
        site = new DemoSite(folder);
        subscriptions = site.newsdesk.readers.subscriptions;
        List<Source> all = site.newsdesk.sources.list();
        harbor = byTitle(all, "Harbor");
        ledger = byTitle(all, "Ledger");
        wire = byTitle(all, "Wire");
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    @Order(1)
    void sendsVisitorsToTheFirstRunPageBeforeAnyAccountExists() {
        HttpResponse<String> page = site.get("/subscriptions");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/setup");
        assertThat(site.get("/me/nav-link").statusCode()).isEqualTo(204);
        assertThat(site.get("/").body()).doesNotContain("feed-switch").doesNotContain("subscribe-hint");

        Accounts accounts = site.newsdesk.readers.accounts;
        Reader ana = accounts.create("Ana", "correct horse battery", Role.ADMIN);
        accounts.create(ana, "Ben", "another long password", Role.MEMBER);
        accounts.create(ana, "Cleo", "a third long password", Role.MEMBER);
        admin = accounts.signIn("Ana", "correct horse battery", "127.0.0.1", null);
        ben = accounts.signIn("Ben", "another long password", "127.0.0.1", null);
        cleo = accounts.signIn("Cleo", "a third long password", "127.0.0.1", null);
        assertThat(site.get("/subscriptions").headers().firstValue("Location")).hasValue("/signin?next=%2Fsubscriptions");
    }

    @Test
    @Order(2)
    void showsAllNewsWithAHintToAReaderWithoutSubscriptions() {
        String front = as(ben, "/").body();
        assertThat(front).contains("class=\"banner subscribe-hint\"").contains("href=\"/subscriptions\"")
                .doesNotContain("class=\"feed-switch\"");
        assertThat(cardSources(front)).hasSizeGreaterThan(2);
        String page = as(ben, "/subscriptions").body();
        assertThat(page).contains("You follow no sources of your own yet").contains("More sources on this Newsdesk")
                .contains("name=\"source\" value=\"" + harbor.id() + "\"");
    }

    @Test
    @Order(3)
    void subscribesFromTheListAndByAddressIntoAFolder() {
        HttpResponse<String> listed = post(ben, "/subscriptions", "source=" + harbor.id() + "&folder=Morning");
        assertThat(listed.statusCode()).isEqualTo(303);
        assertThat(listed.headers().firstValue("Location")).hasValue("/subscriptions?done=subscribed&source=" + harbor.id());

        String ledgerFeed = site.network.subscriptions().get(1).toString();
        HttpResponse<String> byUrl = post(ben, "/subscriptions", "url=" + enc(ledgerFeed) + "&folder=Morning");
        assertThat(byUrl.statusCode()).isEqualTo(303);
        assertThat(byUrl.headers().firstValue("Location")).hasValue("/subscriptions?done=subscribed&source=" + ledger.id());

        List<Subscription> mine = subscriptions.list(ben.reader());
        assertThat(mine).extracting(Subscription::sourceId).containsExactlyInAnyOrder(harbor.id(), ledger.id());
        assertThat(mine).allSatisfy(s -> assertThat(s.folder()).extracting(Folder::name).isEqualTo("Morning"));
        String page = as(ben, "/subscriptions?done=subscribed").body();
        assertThat(page).contains("Subscribed. New articles appear on My feeds").contains("data-folder=\"Morning\"")
                .contains("2 sources ·");
    }

    @Test
    @Order(4)
    void showsOnlyTheReadersFeedsOnMyFeedsAndRemembersAllNews() {
        HttpResponse<String> mine = as(ben, "/");
        assertThat(mine.body()).contains("class=\"feed-switch\"").contains("<a href=\"/?view=mine\" aria-current=\"page\">My feeds</a>");
        assertThat(cardSources(mine.body())).containsExactlyInAnyOrder(harbor.id(), ledger.id());

        HttpResponse<String> all = as(ben, "/?view=all");
        assertThat(all.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("nd_view=all").contains("HttpOnly"));
        assertThat(cardSources(all.body())).contains(wire.id());
        assertThat(cardSources(send(ben, "/", "nd_view=all").body())).contains(wire.id());
        assertThat(cardSources(send(ben, "/?view=mine", "nd_view=all").body())).containsExactlyInAnyOrder(harbor.id(), ledger.id());
        assertThat(cardSources(send(ben, "/?source=" + wire.id(), "nd_view=mine").body())).isEmpty();
    }

    @Test
    @Order(5)
    void hidesASourceFromTheReadersFrontCategoryTagAndSearchPages() {
        assertThat(post(ben, "/subscriptions/" + wire.id() + "/hide", "").headers().firstValue("Location"))
                .hasValue("/subscriptions?done=hidden");
        assertThat(subscriptions.hiddenSourceIds(ben.reader())).containsExactly(wire.id());

        assertThat(cardSources(send(ben, "/?view=all", "").body())).isNotEmpty().doesNotContain(wire.id());
        String category = wire.category() == null ? firstCategoryOf(wire) : wire.category();
        assertThat(cardSources(as(ben, "/categories/" + enc(category)).body())).doesNotContain(wire.id());
        assertThat(cardSources(as(cleo, "/categories/" + enc(category)).body())).contains(wire.id());
        String search = as(ben, "/search?q=the").body();
        assertThat(search).doesNotContain("href=\"/sources/" + wire.id() + "\"");
        assertThat(as(cleo, "/search?q=the").body()).contains("href=\"/sources/" + wire.id() + "\"");
        assertThat(as(ben, "/search?q=the&source=" + wire.id()).body()).contains("No results.");
        assertThat(as(ben, "/subscriptions").body()).contains("Hidden sources").contains("/subscriptions/" + wire.id() + "/unhide");

        assertThat(post(ben, "/subscriptions/" + wire.id() + "/unhide", "back=/sources/" + wire.id())
                .headers().firstValue("Location")).hasValue("/sources/" + wire.id() + "?done=shown");
        assertThat(subscriptions.hiddenSourceIds(ben.reader())).isEmpty();
        post(ben, "/subscriptions/" + wire.id() + "/hide", "");
    }

    @Test
    @Order(6)
    void renamesMovesAndUnsubscribesAndRenamesAndRemovesFolders() {
        assertThat(post(ben, "/subscriptions/" + harbor.id() + "/rename", "title=The+Harbor").statusCode()).isEqualTo(303);
        assertThat(subscriptions.find(ben.reader(), harbor.id()).orElseThrow().title()).isEqualTo("The Harbor");
        assertThat(post(ben, "/subscriptions/" + harbor.id() + "/move", "folder=Evening").statusCode()).isEqualTo(303);
        assertThat(subscriptions.find(ben.reader(), harbor.id()).orElseThrow().folder().name()).isEqualTo("Evening");
        assertThat(as(ben, "/subscriptions").body()).contains("data-folder=\"Evening\"").contains(">The Harbor</a>");

        long evening = subscriptions.findFolder(ben.reader(), "Evening").orElseThrow().id();
        assertThat(post(ben, "/subscriptions/folders/" + evening + "/rename", "name=Night").headers().firstValue("Location"))
                .hasValue("/subscriptions?done=folder-renamed");
        assertThat(subscriptions.find(ben.reader(), harbor.id()).orElseThrow().folder().name()).isEqualTo("Night");
        long night = subscriptions.findFolder(ben.reader(), "Night").orElseThrow().id();
        assertThat(post(ben, "/subscriptions/folders/" + night + "/remove", "").statusCode()).isEqualTo(303);
        assertThat(subscriptions.find(ben.reader(), harbor.id()).orElseThrow().folder()).isNull();
        assertThat(as(ben, "/subscriptions").body()).contains("data-folder=\"Not in a folder\"");

        post(ben, "/subscriptions", "source=" + wire.id());
        assertThat(post(ben, "/subscriptions/" + wire.id() + "/remove", "").headers().firstValue("Location"))
                .hasValue("/subscriptions?done=unsubscribed");
        assertThat(subscriptions.find(ben.reader(), wire.id())).isEmpty();
        post(ben, "/subscriptions/" + harbor.id() + "/move", "folder=Morning");
    }

    @Test
    @Order(7)
    void explainsBadInputNextToItsForm() {
        HttpResponse<String> empty = post(ben, "/subscriptions", "url=&folder=");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("<p class=\"form-error\" role=\"alert\" id=\"subscribe-error\">"
                + "Could not subscribe to that: type the address of a feed or of a site that has one.</p>");

        HttpResponse<String> notUrl = post(ben, "/subscriptions", "url=not+a+url");
        assertThat(notUrl.statusCode()).isEqualTo(502);
        assertThat(notUrl.body()).contains("Could not subscribe to not a url: not a web address: \"not a url\"");

        HttpResponse<String> unreachable = post(ben, "/subscriptions", "url=" + enc("http://127.0.0.1:1/feed.xml") + "&folder=Later");
        assertThat(unreachable.statusCode()).isEqualTo(502);
        assertThat(unreachable.body()).contains("id=\"subscribe-error\">Could not subscribe to http://127.0.0.1:1/feed.xml: ")
                .contains("value=\"http://127.0.0.1:1/feed.xml\"").contains("value=\"Later\"");

        HttpResponse<String> noFeed = post(ben, "/subscriptions", "url=" + enc(site.network.baseUrl() + "no-such-page"));
        assertThat(noFeed.statusCode()).isEqualTo(502);
        assertThat(noFeed.body()).contains("id=\"subscribe-error\">Could not subscribe to " + site.network.baseUrl() + "no-such-page: ");

        HttpResponse<String> badOpml = upload(ben, "bad.opml", "this is not <opml");
        assertThat(badOpml.statusCode()).isEqualTo(422);
        assertThat(badOpml.body()).contains("<p class=\"form-error\" role=\"alert\">Could not import bad.opml: ");
        HttpResponse<String> noFile = upload(ben, "", "");
        assertThat(noFile.statusCode()).isEqualTo(422);
        assertThat(noFile.body()).contains("Could not import: choose an OPML file to import.");

        HttpResponse<String> longName = post(ben, "/subscriptions/" + harbor.id() + "/rename", "title=" + "x".repeat(201));
        assertThat(longName.statusCode()).isEqualTo(422);
        assertThat(longName.body()).contains("A title has at most 200 characters.")
                .contains("<details class=\"sub-edit\" open>");
        assertThat(post(ben, "/subscriptions/" + wire.id() + "/rename", "title=Mine").statusCode()).isEqualTo(404);
        assertThat(post(ben, "/subscriptions/999/hide", "").statusCode()).isEqualTo(404);
        assertThat(post(ben, "/saved-searches", "name=&query=strike").body()).contains("Could not save the search: "
                + "a saved search has a name of 1 to 100 characters.");
        assertThat(subscriptions.list(ben.reader())).hasSize(2);
    }

    @Test
    @Order(8)
    void importsAndExportsTheReadersOwnOpml() {
        String opml = """
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>Mine</title></head><body>
                  <outline text="Later">
                    <outline type="rss" text="Wire" xmlUrl="%s"/>
                    <outline type="rss" text="Harbor" xmlUrl="%s"/>
                  </outline>
                  <outline type="rss" text="Elsewhere" xmlUrl="http://127.0.0.1:1/elsewhere.xml"/>
                  <outline type="rss" text="Not a feed address" xmlUrl="not a url"/>
                </body></opml>
                """.formatted(wire.feedUrl(), harbor.feedUrl());
        HttpResponse<String> imported = upload(cleo, "mine.opml", opml);
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("<strong>Imported mine.opml:</strong> 3 subscribed, 0 already yours, 0 failed, 1 left out.")
                .doesNotContain("<ul class=\"failures\">").contains("<ul class=\"failures skipped\"><li>Not a feed address: "
                        + "not a web address: \"not a url\" (expected http:// or https://)</li></ul>");
        assertThat(upload(cleo, "mine.opml", opml).body()).contains("0 subscribed, 3 already yours, 0 failed, 1 left out.");
        assertThat(subscriptions.list(cleo.reader())).extracting(Subscription::title)
                .containsExactlyInAnyOrder(wire.title(), harbor.title(), "Elsewhere");
        assertThat(subscriptions.list(cleo.reader())).extracting(s -> s.folder() == null ? "" : s.folder().name())
                .containsExactlyInAnyOrder("Later", "Later", "");

        HttpResponse<String> export = as(ben, "/subscriptions/export.opml");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/x-opml");
        assertThat(export.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"newsdesk-ben-subscriptions.opml\"");
        assertThat(export.body()).contains("<outline text=\"Morning\"").contains("xmlUrl=\"" + ledger.feedUrl() + "\"")
                .doesNotContain(wire.feedUrl());
    }

    @Test
    @Order(9)
    void savesOpensAndRemovesSearchesWithTheirFeeds() {
        HttpResponse<String> saved = post(ben, "/saved-searches", "name=Strikes&query=strike");
        assertThat(saved.headers().firstValue("Location")).hasValue("/subscriptions?done=search-saved#saved-searches");
        SavedSearch search = site.newsdesk.readers.savedSearches.list(ben.reader()).getFirst();
        assertThat(search.name()).isEqualTo("Strikes");
        assertThat(as(ben, "/subscriptions").body()).contains(">Strikes</a>").contains("/feeds/search/" + search.id() + "/rss");
        assertThat(as(ben, "/me/saved-searches?q=strike").body()).contains("Saved as <strong>Strikes</strong>");
        assertThat(as(ben, "/me/saved-searches?q=port").body()).contains("Save this search as").contains("value=\"port\"");
        assertThat(as(ben, "/search?q=strike+category%3AWorld").body()).contains("/me/saved-searches?q=strike+category%3AWorld");
        assertThat(as(ben, "/search?q=strike&category=World").body()).contains("/me/saved-searches?q=strike+category%3AWorld");

        HttpResponse<String> htmx = site.send(site.request("/saved-searches").header("Cookie", cookie(ben))
                .header("HX-Request", "true").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Strikes&query=port&_csrf=" + ben.session().csrfToken())).build());
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("Could not save the search: you have a saved search named Strikes already.");

        HttpResponse<String> open = as(ben, "/saved-searches/" + search.id());
        assertThat(open.statusCode()).isEqualTo(303);
        assertThat(open.headers().firstValue("Location")).hasValue("/search?q=strike");
        assertThat(as(ben, "/feeds/search/" + search.id() + "/rss").statusCode()).isEqualTo(200);

        assertThat(post(ben, "/saved-searches/" + search.id() + "/remove", "").statusCode()).isEqualTo(303);
        assertThat(site.newsdesk.readers.savedSearches.list(ben.reader())).isEmpty();
        assertThat(as(ben, "/saved-searches/" + search.id()).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(10)
    void keepsEachReadersSubscriptionsFoldersAndSearchesTheirOwn() {
        SavedSearch bens = site.newsdesk.readers.savedSearches.save(ben.reader(), "Ports", "port");
        long morning = subscriptions.findFolder(ben.reader(), "Morning").orElseThrow().id();

        String cleos = as(cleo, "/subscriptions").body();
        assertThat(cleos).doesNotContain("Morning").doesNotContain("Ports").contains("data-folder=\"Later\"");
        assertThat(post(cleo, "/subscriptions/folders/" + morning + "/rename", "name=Mine").statusCode()).isEqualTo(404);
        assertThat(post(cleo, "/subscriptions/folders/" + morning + "/remove", "").statusCode()).isEqualTo(404);
        assertThat(subscriptions.findFolder(ben.reader(), "Morning")).isPresent();
        assertThat(post(cleo, "/subscriptions/" + ledger.id() + "/remove", "").statusCode()).isEqualTo(404);
        assertThat(subscriptions.find(ben.reader(), ledger.id())).isPresent();
        assertThat(as(cleo, "/saved-searches/" + bens.id()).statusCode()).isEqualTo(404);
        assertThat(post(cleo, "/saved-searches/" + bens.id() + "/remove", "").statusCode()).isEqualTo(404);
        assertThat(as(cleo, "/feeds/search/" + bens.id() + "/rss").statusCode()).isEqualTo(404);
        assertThat(site.newsdesk.readers.savedSearches.list(ben.reader())).hasSize(1);
        assertThat(as(cleo, "/subscriptions/export.opml").body()).doesNotContain(ledger.feedUrl());
    }

    @Test
    @Order(11)
    void refusesEveryChangeWithoutTheSessionsCsrfToken() {
        long morning = subscriptions.findFolder(ben.reader(), "Morning").orElseThrow().id();
        long search = site.newsdesk.readers.savedSearches.list(ben.reader()).getFirst().id();
        for (String path : List.of("/subscriptions", "/subscriptions/" + harbor.id() + "/rename",
                "/subscriptions/" + harbor.id() + "/move", "/subscriptions/" + harbor.id() + "/remove",
                "/subscriptions/" + harbor.id() + "/hide", "/subscriptions/" + wire.id() + "/unhide",
                "/subscriptions/folders/" + morning + "/rename", "/subscriptions/folders/" + morning + "/remove",
                "/subscriptions/import", "/saved-searches", "/saved-searches/" + search + "/remove")) {
            HttpResponse<String> refused = site.send(site.request(path).header("Cookie", cookie(ben))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("source=" + wire.id() + "&title=X&folder=X&name=X&query=X"
                            + "&_csrf=" + cleo.session().csrfToken())).build());
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("This form has expired or did not come from Newsdesk");
        }
        assertThat(subscriptions.list(ben.reader())).extracting(Subscription::sourceId)
                .containsExactlyInAnyOrder(harbor.id(), ledger.id());
        assertThat(subscriptions.hiddenSourceIds(ben.reader())).containsExactly(wire.id());
        assertThat(subscriptions.findFolder(ben.reader(), "Morning")).isPresent();
        assertThat(site.newsdesk.readers.savedSearches.list(ben.reader())).hasSize(1);
        HttpResponse<String> signedOut = site.send(site.request("/subscriptions/" + harbor.id() + "/remove")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=x")).build());
        assertThat(signedOut.statusCode()).isEqualTo(403);
    }

    @Test
    @Order(12)
    void showsSourcesToAdminsAndSubscriptionsToReadersAndKeepsSourceChangesToAdmins() {
        assertThat(as(ben, "/me/nav-link?current=front").body()).isEqualTo("<a href=\"/subscriptions\">Subscriptions</a>");
        assertThat(as(ben, "/me/nav-link?current=subscriptions").body())
                .isEqualTo("<a href=\"/subscriptions\" aria-current=\"page\">Subscriptions</a>");
        assertThat(as(admin, "/me/nav-link").statusCode()).isEqualTo(204);
        assertThat(as(ben, "/me/menu").body()).contains("<a href=\"/subscriptions\">Subscriptions</a>");
        assertThat(as(admin, "/subscriptions").statusCode()).isEqualTo(200);

        assertThat(as(ben, "/sources").statusCode()).isEqualTo(403);
        assertThat(as(ben, "/sources/export.opml").statusCode()).isEqualTo(403);
        assertThat(post(ben, "/sources", "url=" + enc(site.network.baseUrl().toString())).statusCode()).isEqualTo(403);
        assertThat(post(ben, "/sources/" + harbor.id() + "/refresh", "").statusCode()).isEqualTo(403);
        assertThat(post(ben, "/sources/" + harbor.id() + "/remove", "").statusCode()).isEqualTo(403);
        assertThat(site.newsdesk.sources.find(harbor.id())).isPresent();
    }

    @Test
    @Order(13)
    void offersSubscribeAndHideOnASourcesPage() {
        assertThat(as(ben, "/sources/" + harbor.id()).body()).contains("hx-get=\"/me/subscription-bar/" + harbor.id() + "\"");
        String subscribed = as(ben, "/me/subscription-bar/" + harbor.id()).body();
        assertThat(subscribed).contains("Subscribed").contains("action=\"/subscriptions/" + harbor.id() + "/remove\"")
                .contains("action=\"/subscriptions/" + harbor.id() + "/hide\"");
        String other = as(ben, "/me/subscription-bar/" + wire.id()).body();
        assertThat(other).contains("name=\"source\" value=\"" + wire.id() + "\"").contains(">Subscribe</button>")
                .contains("Show again");
        assertThat(as(ben, "/me/subscription-bar/999").statusCode()).isEqualTo(404);

        HttpResponse<String> fromPage = post(ben, "/subscriptions", "source=" + wire.id() + "&back=/sources/" + wire.id());
        assertThat(fromPage.headers().firstValue("Location")).hasValue("/sources/" + wire.id() + "?done=subscribed&source=" + wire.id());
        assertThat(post(ben, "/subscriptions", "source=" + wire.id() + "&back=https://evil.example/").headers()
                .firstValue("Location")).hasValue("/?done=subscribed&source=" + wire.id());
    }

    @Test
    @Order(14)
    void leavesTheHiddenSourceOutOfTheRelatedArticlesOfAnArticle() {
        // An article of another source whose related articles include one of Wire's, which Ben hides.
        long shown = -1;
        long related = -1;
        for (Article article : site.newsdesk.listing.list(ArticleFilter.ALL, 200, null)) {
            if (article.sourceId() == wire.id()) continue;
            var wires = site.newsdesk.index.related(article.id(), 5).stream()
                    .filter(h -> h.sourceId() == wire.id()).toList();
            if (!wires.isEmpty()) {
                shown = article.id();
                related = wires.getFirst().articleId();
                break;
            }
        }
        assertThat(shown).as("an article related to one of Wire's").isPositive();

        String bens = as(ben, "/articles/" + shown).body();
        String cleos = as(cleo, "/articles/" + shown).body();
        assertThat(related(cleos)).contains(related);
        assertThat(related(bens)).isNotEmpty().doesNotContain(related);
        assertThat(cardSources(bens.substring(bens.indexOf("aria-labelledby=\"related")))).doesNotContain(wire.id());
    }

    @Test
    @Order(15)
    void theJsonApiAndSavedSearchFeedsLeaveOutWhatASignedInReaderHides() {
        String bens = as(ben, "/api/v1/articles?limit=100&source=" + wire.id()).body();
        assertThat(bens).startsWith("{\"items\":[]");
        assertThat(as(cleo, "/api/v1/articles?limit=100&source=" + wire.id()).body())
                .contains("\"sourceId\":" + wire.id() + ",");
        assertThat(as(ben, "/api/v1/articles?limit=100").body()).contains("\"sourceId\":" + harbor.id() + ",")
                .doesNotContain("\"sourceId\":" + wire.id() + ",");
        assertThat(as(ben, "/api/v1/search?q=the&source=" + wire.id()).body()).contains("\"total\":0,");
        assertThat(as(cleo, "/api/v1/search?q=the&source=" + wire.id()).body()).doesNotContain("\"total\":0,")
                .contains("\"sourceId\":" + wire.id() + ",");
        assertThat(as(ben, "/api/v1/search?q=the&limit=100").body()).doesNotContain("\"sourceId\":" + wire.id() + ",");

        List<Article> wires = site.newsdesk.listing.list(ArticleFilter.source(wire.id()), 500, null);
        String word = java.util.Arrays.stream(wires.getFirst().title().split("\\W+"))
                .filter(w -> w.length() > 4).findFirst().orElseThrow();
        SavedSearch bensSearch = site.newsdesk.readers.savedSearches.save(ben.reader(), "Wire words", word);
        SavedSearch cleosSearch = site.newsdesk.readers.savedSearches.save(cleo.reader(), "Wire words", word);
        String bensFeed = as(ben, "/feeds/search/" + bensSearch.id() + "/json").body();
        String cleosFeed = as(cleo, "/feeds/search/" + cleosSearch.id() + "/json").body();
        assertThat(wires).anySatisfy(a -> assertThat(cleosFeed).contains("\"url\":\"" + a.url() + "\""));
        assertThat(wires).noneSatisfy(a -> assertThat(bensFeed).contains("\"url\":\"" + a.url() + "\""));
    }

    @Test
    @Order(16)
    void categoryAndTagPagesFollowTheReadersMyFeedsOrAllNewsChoice() {
        // Cleo follows Wire and Harbor (and one feed elsewhere), not the Ledger.
        String category = firstCategoryOf(ledger);
        String path = "/categories/" + enc(category).replace("+", "%20");
        HttpResponse<String> mine = as(cleo, path + "?view=mine");
        assertThat(mine.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("nd_view=mine"));
        assertThat(mine.body()).contains("<a href=\"" + path + "?view=mine\" aria-current=\"page\">My feeds</a>")
                .contains("<a href=\"" + path + "?view=all\">All news</a>");
        assertThat(cardSources(mine.body())).doesNotContain(ledger.id()).allMatch(id -> id == wire.id() || id == harbor.id());
        assertThat(cardSources(send(cleo, path, "nd_view=all").body())).contains(ledger.id());
        assertThat(cardSources(send(cleo, path, "nd_view=mine").body())).doesNotContain(ledger.id());
        // The choice made on a category page holds on the front page, and the other way round.
        assertThat(cardSources(send(cleo, "/", "nd_view=mine").body())).doesNotContain(ledger.id());

        Article ledgers = site.newsdesk.listing.list(ArticleFilter.source(ledger.id()), 1, null).getFirst();
        Matcher tagLink = Pattern.compile("href=\"(/tags/[^\"]+)\"").matcher(as(admin, "/articles/" + ledgers.id()).body());
        assertThat(tagLink.find()).isTrue();
        String tag = tagLink.group(1);
        assertThat(cardSources(send(cleo, tag, "nd_view=all").body())).contains(ledger.id());
        String tagMine = send(cleo, tag, "nd_view=mine").body();
        assertThat(cardSources(tagMine)).doesNotContain(ledger.id());
        assertThat(tagMine).contains("<a href=\"" + tag + "?view=mine\" aria-current=\"page\">My feeds</a>");
    }

    private static List<Long> related(String articlePage) {
        int from = articlePage.indexOf("aria-labelledby=\"related");
        if (from < 0) return List.of();
        Matcher m = Pattern.compile("href=\"/articles/(\\d+)\"").matcher(articlePage.substring(from));
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) ids.add(Long.parseLong(m.group(1)));
        return ids;
    }

    private static Source byTitle(List<Source> sources, String part) {
        return sources.stream().filter(s -> s.title().contains(part)).findFirst().orElseThrow();
    }

    private String firstCategoryOf(Source source) {
        Matcher m = Pattern.compile("href=\"/categories/([^\"]+)\"").matcher(as(admin, "/sources/" + source.id()).body());
        return m.find() ? java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : "World";
    }

    private static Set<Long> cardSources(String html) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher m = CARD_SOURCE.matcher(html.substring(Math.max(0, html.indexOf("id=\"river\""))));
        while (m.find()) ids.add(Long.parseLong(m.group(1)));
        return ids;
    }

    private HttpResponse<String> as(SignedIn who, String path) {
        return send(who, path, "");
    }

    private HttpResponse<String> send(SignedIn who, String path, String moreCookies) {
        String cookies = cookie(who) + (moreCookies.isEmpty() ? "" : "; " + moreCookies);
        return site.send(site.request(path).header("Cookie", cookies).GET().build());
    }

    private HttpResponse<String> post(SignedIn who, String path, String form) {
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + who.session().csrfToken();
        return site.send(site.request(path).header("Cookie", cookie(who))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A multipart form with the session's token and one file, as a browser sends the import form. */
    private HttpResponse<String> upload(SignedIn who, String fileName, String content) {
        String boundary = "----NewsdeskTestBoundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + who.session().csrfToken() + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"opml\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/x-opml\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return site.send(site.request("/subscriptions/import").header("Cookie", cookie(who))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private static String cookie(SignedIn who) {
        return Accounts.SESSION_COOKIE + "=" + who.token();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
