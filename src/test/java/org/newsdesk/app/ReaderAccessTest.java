package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
import org.newsdesk.readers.Accounts;
import org.newsdesk.readers.SignedIn;

/** The web's access rules over HTTP: before any account, with accounts, for members and admins, in public mode. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderAccessTest {

    @TempDir
    static Path folder;

    private DemoSite site;
    private Accounts accounts;
    private SignedIn admin;
    private SignedIn member;

    @BeforeAll
    void start() {
        site = new DemoSite(folder);
        accounts = site.newsdesk.readers.accounts;
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    @Order(1)
    void staysOpenWithoutAccountsAndPointsToTheFirstRunPage() {
        assertThat(site.get("/").statusCode()).isEqualTo(200);
        assertThat(site.get("/me/front-bar").body()).contains("href=\"/setup\"").contains("create the admin account");
        assertThat(site.get("/me/menu").body()).contains("Set up accounts");
        assertThat(site.get("/setup").statusCode()).isEqualTo(200);
        HttpResponse<String> account = site.get("/account");
        assertThat(account.statusCode()).isEqualTo(303);
        assertThat(account.headers().firstValue("Location")).hasValue("/setup");
        HttpResponse<String> added = site.send(site.request("/api/v1/sources/1/refresh")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(added.statusCode()).isEqualTo(202);
    }

    @Test
    @Order(2)
    void sendsSignedOutVisitorsToSignInOnceAccountsExist() {
        Reader made = accounts.create("Ana", "correct horse battery", Role.ADMIN);
        accounts.create(made, "Ben", "another long password", Role.MEMBER);
        admin = accounts.signIn("Ana", "correct horse battery", "127.0.0.1", null);
        member = accounts.signIn("Ben", "another long password", "127.0.0.1", null);

        for (String path : new String[] {"/", "/articles/1", "/categories", "/search?q=strike", "/sources/1"}) {
            HttpResponse<String> page = site.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(303);
            assertThat(page.headers().firstValue("Location").orElseThrow()).as(path).startsWith("/signin?next=");
        }
        assertThat(site.get("/articles/1").headers().firstValue("Location")).hasValue("/signin?next=%2Farticles%2F1");
        assertThat(site.get("/signin").statusCode()).isEqualTo(200);
        assertThat(site.get("/setup").headers().firstValue("Location")).hasValue("/signin");
        assertThat(site.get("/static/newsdesk.css").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void leavesTheSyncApisAndFeedsToTheirOwnSignIn() {
        assertThat(site.get("/api/greader/reader/api/0/user-info").statusCode()).isEqualTo(401);
        assertThat(site.get("/api/fever?api").statusCode()).isNotEqualTo(303);
        assertThat(site.get("/feeds/front/rss").statusCode()).isNotEqualTo(303);
        assertThat(site.get("/api/v1/articles").statusCode()).isEqualTo(401);
    }

    @Test
    @Order(4)
    void letsReadersReadButKeepsAdminPagesAndSourceChangesToAdmins() {
        assertThat(site.as(member, "/").statusCode()).isEqualTo(200);
        assertThat(site.as(member, "/articles/1").statusCode()).isEqualTo(200);
        assertThat(site.as(member, "/admin/readers").statusCode()).isEqualTo(403);
        assertThat(site.as(member, "/sources").statusCode()).isEqualTo(403);
        assertThat(site.post(member, "/sources/1/refresh", "_csrf=" + member.session().csrfToken()).statusCode()).isEqualTo(403);
        assertThat(site.as(admin, "/admin/readers").statusCode()).isEqualTo(200);
        assertThat(site.as(admin, "/sources").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void keepsSourceChangesThroughTheJsonApiToAdminsWithTheCsrfHeader() {
        HttpRequest.Builder refresh = site.request("/api/v1/sources/1/refresh").POST(HttpRequest.BodyPublishers.noBody());
        assertThat(site.send(refresh.copy().build()).statusCode()).isEqualTo(401);
        assertThat(site.send(refresh.copy().header("Cookie", DemoSite.cookie(member))
                .header("X-CSRF-Token", member.session().csrfToken()).build()).statusCode()).isEqualTo(403);
        assertThat(site.send(refresh.copy().header("Cookie", DemoSite.cookie(admin)).build()).statusCode()).isEqualTo(403);
        HttpResponse<String> done = site.send(refresh.copy().header("Cookie", DemoSite.cookie(admin))
                .header("X-CSRF-Token", admin.session().csrfToken()).build());
        assertThat(done.statusCode()).isEqualTo(202);
        assertThat(site.send(site.request("/api/v1/articles").header("Cookie", DemoSite.cookie(member)).GET().build()).statusCode())
                .isEqualTo(200);
    }

    @Test
    @Order(6)
    void refusesAPostWithoutTheSessionsCsrfToken() {
        assertThat(site.post(member, "/reading/1/star", "").statusCode()).isEqualTo(403);
        assertThat(site.post(member, "/reading/1/star", "_csrf=" + admin.session().csrfToken()).statusCode()).isEqualTo(403);
        assertThat(site.post(member, "/articles/1/comments", "text=hello").statusCode()).isEqualTo(403);
        assertThat(site.newsdesk.readers.reading.starredIds(member.reader(), 10)).isEmpty();

        assertThat(site.post(member, "/reading/1/star", "_csrf=" + member.session().csrfToken()).statusCode()).isEqualTo(303);
        assertThat(site.newsdesk.readers.reading.starredIds(member.reader(), 10)).containsExactly(1L);
    }

    @Test
    @Order(7)
    void opensReadingPagesToEveryoneInPublicMode() {
        assertThat(site.post(admin, "/admin/public-mode", "public=on&_csrf=" + admin.session().csrfToken()).statusCode())
                .isEqualTo(303);
        assertThat(site.get("/").statusCode()).isEqualTo(200);
        assertThat(site.get("/articles/1/comments").body()).contains("Sign in to comment");
        assertThat(site.get("/account").statusCode()).isEqualTo(303);
        assertThat(site.get("/sources").statusCode()).isEqualTo(303);
        assertThat(site.get("/admin/readers").headers().firstValue("Location")).hasValue("/signin?next=%2Fadmin%2Freaders");
    }

    @Test
    @Order(8)
    void setsTheSessionCookieHttpOnlyAndLax() {
        String body = "name=Ben&password=another+long+password&_csrf=t";
        HttpResponse<String> signIn = site.send(site.request("/signin").header("Cookie", "nd_csrf=t")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(signIn.statusCode()).isEqualTo(303);
        String cookie = signIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Accounts.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure");
    }
}
