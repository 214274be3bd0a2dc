package org.newsdesk.api.greader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.api.greader.GoogleReaderClient.p;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.TestNewsdesk;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.Source;
import org.newsdesk.store.Bulk;

/**
 * A Google Reader client (as NetNewsWire, Reeder and Read You call the API) against a real Newsdesk on loopback,
 * with the demo network ingested. Each test makes its own readers, so their marks do not meet. Runs on each store
 * backend (the subclasses).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GoogleReaderClientTest {
    private static final String READING_LIST = "user/-/state/com.google/reading-list";
    private static final String STARRED = "user/-/state/com.google/starred";
    private static final String READ = "user/-/state/com.google/read";

    @TempDir
    static Path folder;

    private TestNewsdesk server;
    private List<Source> demo;
    private final AtomicInteger readers = new AtomicInteger();

    abstract TestNewsdesk.Store store();

    /** A reader with an app password, following the first {@code follows} demo sources (the first two in News). */
    private record Account(Reader reader, String secret) {
        String name() {
            return reader.name();
        }
    }

    @BeforeAll
    void start() {
        server = TestNewsdesk.start(folder, store());
        demo = server.sources().list();
        server.accounts().create("Admin", "correct horse", Role.ADMIN);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Account account(int follows) {
        Reader reader = server.accounts().create("Reader " + readers.incrementAndGet(), "correct horse", Role.MEMBER);
        for (int i = 0; i < follows; i++) {
            server.subscriptions().subscribe(reader, demo.get(i).id(), i < 2 ? "News" : null);
        }
        return new Account(reader, server.appPasswords().create(reader, "NetNewsWire").secret());
    }

    private GoogleReaderClient client(Account account) {
        return new GoogleReaderClient(server.baseUrl()).signIn(account.name(), account.secret());
    }

    private long articlesOf(int... sourceIndexes) {
        long n = 0;
        for (int i : sourceIndexes) n += server.articles().countBySource(demo.get(i).id());
        return n;
    }

    private static long unread(JsonNode counts, String stream) {
        for (JsonNode c : counts.get("unreadcounts")) if (c.get("id").asText().equals(stream)) return c.get("count").asLong();
        return 0;
    }

    @Test
    void signsInWithAnAppPasswordAndGetsTokenAndUserInfo() {
        Account account = account(4);
        GoogleReaderClient client = new GoogleReaderClient(server.baseUrl());

        HttpResponse<String> login = client.clientLogin(account.name(), account.secret());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).matches("SID=[\\w-]{43}\nLSID=null\nAuth=[\\w-]{43}\n");
        assertThat(client.get("/reader/api/0/token").body()).matches("[\\w-]{43}");
        JsonNode info = client.getJson("/reader/api/0/user-info");
        assertThat(info.get("userName").asText()).isEqualTo(account.name());
        assertThat(info.get("userId").asText()).isEqualTo(Long.toString(account.reader().id()));
    }

    @Test
    void answersAtFreshRssAddressToo() {
        Account account = account(2);
        GoogleReaderClient client = new GoogleReaderClient(server.baseUrl(), "/api/greader.php")
                .signIn(account.name(), account.secret());

        assertThat(client.getJson("/reader/api/0/subscription/list").get("subscriptions")).hasSize(2);
    }

    @Test
    void refusesTheSignInPasswordAWrongAppPasswordAndABadAuthToken() {
        Account account = account(1);
        GoogleReaderClient client = new GoogleReaderClient(server.baseUrl());

        HttpResponse<String> withSignInPassword = client.clientLogin(account.name(), "correct horse");
        HttpResponse<String> withWrongPassword = client.clientLogin(account.name(), "nopenopenopenope");
        client.useAuth("forged-token");
        HttpResponse<String> forged = client.get("/reader/api/0/subscription/list", p("output", "json"));
        client.useAuth(null);
        HttpResponse<String> none = client.get("/reader/api/0/unread-count", p("output", "json"));

        assertThat(withSignInPassword.statusCode()).isEqualTo(401);
        assertThat(withSignInPassword.body()).isEqualTo("Error=BadAuthentication\n");
        assertThat(withWrongPassword.statusCode()).isEqualTo(401);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(none.statusCode()).isEqualTo(401);
    }

    @Test
    void refusesAnEditWithAStaleEditTokenAndChangesNothing() {
        Account account = account(1);
        GoogleReaderClient client = client(account);
        long id = client.allIds(READING_LIST).getFirst();
        client.useEditToken("stale-token");

        HttpResponse<String> edit = client.post("/reader/api/0/edit-tag",
                List.of(p("i", Long.toString(id)), p("a", READ)));

        assertThat(edit.statusCode()).isEqualTo(401);
        assertThat(edit.headers().firstValue("X-Reader-Google-Bad-Token")).contains("true");
        assertThat(server.reading().readAmong(account.reader(), List.of(id))).isEmpty();
    }

    @Test
    void listsSubscriptionsWithTheirFoldersAndTags() {
        GoogleReaderClient client = client(account(4));

        JsonNode subscriptions = client.getJson("/reader/api/0/subscription/list").get("subscriptions");
        JsonNode tags = client.getJson("/reader/api/0/tag/list").get("tags");

        assertThat(subscriptions).hasSize(4);
        JsonNode first = subscriptions.get(0);
        assertThat(first.get("id").asText()).isEqualTo("feed/" + demo.get(0).id());
        assertThat(first.get("title").asText()).isEqualTo(demo.get(0).title());
        assertThat(first.get("url").asText()).isEqualTo(demo.get(0).feedUrl());
        assertThat(first.get("categories").get(0).get("id").asText()).isEqualTo("user/-/label/News");
        assertThat(first.get("categories").get(0).get("label").asText()).isEqualTo("News");
        assertThat(subscriptions.get(3).get("categories")).isEmpty();
        assertThat(tags).extracting(t -> t.get("id").asText()).containsExactly(STARRED, "user/-/label/News");
    }

    @Test
    void fetchesUnreadIdsAndTheirContentsAsNetNewsWireDoes() {
        GoogleReaderClient client = client(account(4));

        List<Long> unread = client.allIds(READING_LIST, p("xt", READ));
        List<String> decimal = unread.stream().map(String::valueOf).toList();
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < decimal.size(); i += 100) {
            client.contents(decimal.subList(i, Math.min(decimal.size(), i + 100))).get("items").forEach(items::add);
        }

        assertThat(unread).hasSize(server.demoArticleCount()).doesNotHaveDuplicates();
        assertThat(unread).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(items).extracting(i -> i.get("id").asText())
                .containsExactlyElementsOf(unread.stream().sorted().map(ItemIds::longForm).toList());
        JsonNode item = items.getFirst();
        long id = unread.stream().min(Long::compare).orElseThrow();
        assertThat(item.get("title").asText()).isEqualTo(server.articles().find(id).orElseThrow().title());
        assertThat(item.get("summary").get("content").asText()).isNotBlank();
        assertThat(item.get("alternate").get(0).get("href").asText())
                .isEqualTo(server.articles().find(id).orElseThrow().url());
        assertThat(item.get("categories")).extracting(JsonNode::asText).contains(READING_LIST).doesNotContain(READ);
        assertThat(client.allIds(STARRED)).isEmpty();
    }

    @Test
    void acceptsEveryItemIdForm() {
        Account account = account(4);
        GoogleReaderClient client = client(account);
        // An id whose hexadecimal form has a letter, so that its short hex form cannot be read as decimal.
        long id = client.allIds(READING_LIST).stream().filter(i -> Long.toHexString(i).matches(".*[a-f].*"))
                .findFirst().orElseThrow();
        String hex = String.format("%016x", id);

        for (String form : List.of(Long.toString(id), hex, Long.toHexString(id), "tag:google.com,2005:reader/item/" + hex)) {
            JsonNode items = client.contents(List.of(form)).get("items");
            assertThat(items).as(form).singleElement()
                    .satisfies(i -> assertThat(i.get("id").asText()).isEqualTo("tag:google.com,2005:reader/item/" + hex));
        }
        client.post("/reader/api/0/edit-tag", List.of(p("i", "tag:google.com,2005:reader/item/" + hex), p("a", READ)));
        assertThat(server.reading().readAmong(account.reader(), List.of(id))).containsExactly(id);
        client.post("/reader/api/0/edit-tag", List.of(p("i", hex), p("r", READ)));
        assertThat(server.reading().readAmong(account.reader(), List.of(id))).isEmpty();
        assertThat(client.contents(List.of("not-an-id", "tag:google.com,2005:reader/item/zz")).get("items")).isEmpty();
    }

    @Test
    void marksReadUnreadAndStarredAndSeesTheCounts() {
        Account account = account(4);
        GoogleReaderClient client = client(account);
        List<Long> ids = client.allIds(READING_LIST);
        List<Long> three = ids.subList(0, 3);
        long total = server.demoArticleCount();

        List<GoogleReaderClient.Param> markThree = new ArrayList<>(three.stream()
                .map(i -> p("i", String.format("%016x", i))).toList());
        markThree.add(p("a", READ));
        HttpResponse<String> read = client.post("/reader/api/0/edit-tag", markThree);
        client.post("/reader/api/0/edit-tag", List.of(p("i", Long.toString(ids.get(5))), p("a", STARRED)));

        assertThat(read.body()).isEqualTo("OK");
        assertThat(unread(client.getJson("/reader/api/0/unread-count"), READING_LIST)).isEqualTo(total - 3);
        assertThat(client.allIds(READING_LIST, p("xt", READ))).hasSize((int) total - 3).doesNotContainAnyElementsOf(three);
        assertThat(client.allIds(READ)).containsExactlyElementsOf(three);
        assertThat(client.allIds(STARRED)).containsExactly(ids.get(5));
        assertThat(client.allIds(READING_LIST, p("it", STARRED))).containsExactly(ids.get(5));
        assertThat(client.contents(List.of(Long.toString(ids.get(5)))).get("items").get(0).get("categories"))
                .extracting(JsonNode::asText).contains(STARRED);
        client.post("/reader/api/0/edit-tag", List.of(p("i", Long.toString(ids.get(0))), p("r", READ)));
        client.post("/reader/api/0/edit-tag", List.of(p("i", Long.toString(ids.get(5))), p("r", STARRED)));
        assertThat(unread(client.getJson("/reader/api/0/unread-count"), READING_LIST)).isEqualTo(total - 2);
        assertThat(client.allIds(STARRED)).isEmpty();
    }

    @Test
    void anotherReadersIdsAreNeitherServedNorChanged() {
        Account ana = account(4);
        Account ben = account(1);
        GoogleReaderClient anas = client(ana);
        GoogleReaderClient bens = client(ben);
        List<Long> onlyAnas = anas.allIds("feed/" + demo.get(2).id());
        long anasUnreadBefore = unread(anas.getJson("/reader/api/0/unread-count"), READING_LIST);

        JsonNode served = bens.contents(onlyAnas.stream().map(String::valueOf).toList());
        bens.post("/reader/api/0/edit-tag", onlyAnas.stream().map(i -> p("i", Long.toString(i))).toList());
        List<GoogleReaderClient.Param> markAll = new ArrayList<>(onlyAnas.stream().map(i -> p("i", Long.toString(i))).toList());
        markAll.add(p("a", READ));
        bens.post("/reader/api/0/edit-tag", markAll);
        bens.post("/reader/api/0/mark-all-as-read", List.of(p("s", "feed/" + demo.get(2).id())));
        bens.post("/reader/api/0/edit-tag", List.of(p("i", Long.toString(bens.allIds(READING_LIST).getFirst())),
                p("a", READ)));

        assertThat(served.get("items")).isEmpty();
        assertThat(bens.allIds("feed/" + demo.get(2).id())).isEmpty();
        assertThat(bens.allIds(READING_LIST)).hasSize((int) articlesOf(0));
        assertThat(server.reading().readAmong(ben.reader(), onlyAnas)).isEmpty();
        assertThat(unread(anas.getJson("/reader/api/0/unread-count"), READING_LIST)).isEqualTo(anasUnreadBefore);
        assertThat(unread(bens.getJson("/reader/api/0/unread-count"), READING_LIST)).isEqualTo(articlesOf(0) - 1);
    }

    @Test
    void marksAFeedAFolderOrEverythingReadUpToTheCutoff() {
        GoogleReaderClient client = client(account(4));
        String now = Long.toString(Instant.now().plusSeconds(1).toEpochMilli() * 1000);

        client.post("/reader/api/0/mark-all-as-read", List.of(p("s", READING_LIST), p("ts", "1000000")));
        assertThat(unread(client.getJson("/reader/api/0/unread-count"), READING_LIST)).isEqualTo(server.demoArticleCount());
        client.post("/reader/api/0/mark-all-as-read", List.of(p("s", "feed/" + demo.get(3).id()), p("ts", now)));
        JsonNode counts = client.getJson("/reader/api/0/unread-count");

        assertThat(unread(counts, "feed/" + demo.get(3).id())).isZero();
        assertThat(unread(counts, "user/-/label/News")).isEqualTo(articlesOf(0, 1));
        client.post("/reader/api/0/mark-all-as-read", List.of(p("s", "user/-/label/News")));
        assertThat(unread(client.getJson("/reader/api/0/unread-count"), READING_LIST)).isEqualTo(articlesOf(2));
        client.post("/reader/api/0/mark-all-as-read", List.of(p("s", READING_LIST), p("ts", now)));
        assertThat(client.getJson("/reader/api/0/unread-count").get("unreadcounts")).singleElement()
                .satisfies(c -> assertThat(c.get("count").asLong()).isZero());
    }

    @Test
    void pagesStreamContentsWithContinuationsInEitherOrder() {
        GoogleReaderClient client = client(account(4));
        List<Long> expected = client.allIds(READING_LIST);

        List<Long> newest = contentIds(client, "/reader/api/0/stream/contents/" + READING_LIST);
        List<Long> oldest = contentIds(client, "/reader/api/0/stream/contents", p("s", READING_LIST), p("r", "o"));
        List<Long> feed = contentIds(client, "/reader/api/0/stream/contents/feed/" + demo.get(1).id());

        assertThat(newest).containsExactlyElementsOf(expected);
        assertThat(oldest).containsExactlyElementsOf(expected.reversed());
        assertThat(feed).hasSize((int) articlesOf(1));
    }

    private static List<Long> contentIds(GoogleReaderClient client, String path, GoogleReaderClient.Param... more) {
        List<Long> ids = new ArrayList<>();
        String continuation = null;
        do {
            List<GoogleReaderClient.Param> params = new ArrayList<>(List.of(more));
            params.add(p("n", "7"));
            if (continuation != null) params.add(p("c", continuation));
            JsonNode page = client.getJson(path, params.toArray(GoogleReaderClient.Param[]::new));
            for (JsonNode item : page.get("items")) {
                ids.add(ItemIds.parse(item.get("id").asText()).orElseThrow());
            }
            continuation = page.has("continuation") ? page.get("continuation").asText() : null;
        } while (continuation != null);
        return ids;
    }

    @Test
    void subscribesRenamesFilesAndUnsubscribes() {
        GoogleReaderClient client = client(account(0));
        long sourcesBefore = server.sources().count();
        Source source = demo.get(2);

        JsonNode added = client.postJson("/reader/api/0/subscription/quickadd", List.of(p("quickadd", source.feedUrl())));
        client.post("/reader/api/0/subscription/edit", List.of(p("ac", "edit"), p("s", "feed/" + source.id()),
                p("t", "Renamed"), p("a", "user/-/label/Tech")));
        JsonNode listed = client.getJson("/reader/api/0/subscription/list").get("subscriptions");

        assertThat(added.get("numResults").asInt()).isEqualTo(1);
        assertThat(added.get("streamId").asText()).isEqualTo("feed/" + source.id());
        assertThat(server.sources().count()).isEqualTo(sourcesBefore);
        assertThat(listed).singleElement().satisfies(s -> {
            assertThat(s.get("title").asText()).isEqualTo("Renamed");
            assertThat(s.get("categories").get(0).get("label").asText()).isEqualTo("Tech");
        });
        client.post("/reader/api/0/rename-tag", List.of(p("s", "user/-/label/Tech"), p("dest", "user/-/label/Reading")));
        assertThat(client.getJson("/reader/api/0/tag/list").get("tags")).extracting(t -> t.get("id").asText())
                .containsExactly(STARRED, "user/-/label/Reading");
        client.post("/reader/api/0/disable-tag", List.of(p("s", "user/-/label/Reading")));
        assertThat(client.getJson("/reader/api/0/subscription/list").get("subscriptions").get(0).get("categories"))
                .isEmpty();
        client.post("/reader/api/0/subscription/edit", List.of(p("ac", "unsubscribe"), p("s", "feed/" + source.id())));
        assertThat(client.getJson("/reader/api/0/subscription/list").get("subscriptions")).isEmpty();
        client.post("/reader/api/0/subscription/edit", List.of(p("ac", "subscribe"), p("s", "feed/" + source.feedUrl()),
                p("a", "user/-/label/Again")));
        assertThat(client.getJson("/reader/api/0/subscription/list").get("subscriptions")).singleElement()
                .satisfies(s -> assertThat(s.get("categories").get(0).get("label").asText()).isEqualTo("Again"));
        JsonNode nothing = client.postJson("/reader/api/0/subscription/quickadd",
                List.of(p("quickadd", "http://127.0.0.1:9/nothing-here")));
        assertThat(nothing.get("numResults").asInt()).isZero();
    }

    @Test
    void exportsOpmlThatAnotherReaderImports() {
        GoogleReaderClient from = client(account(4));
        GoogleReaderClient to = client(account(0));

        String opml = from.get("/reader/api/0/subscription/export").body();
        HttpResponse<String> imported = to.postBody("/reader/api/0/subscription/import", "text/xml", opml);

        assertThat(opml).contains(demo.get(0).feedUrl(), demo.get(3).feedUrl(), "News");
        assertThat(imported.body()).isEqualTo("OK: 4 subscribed, 0 already subscribed, 0 failed, 0 left out");
        JsonNode listed = to.getJson("/reader/api/0/subscription/list").get("subscriptions");
        assertThat(listed).extracting(s -> s.get("url").asText())
                .containsExactlyInAnyOrderElementsOf(demo.stream().map(Source::feedUrl).toList());
        assertThat(to.getJson("/reader/api/0/tag/list").get("tags")).extracting(t -> t.get("id").asText())
                .contains("user/-/label/News");
    }

    @Test
    void pagesThroughTenThousandItems() {
        Source bulk = server.sources().add("https://bulk.example/feed", null, "Bulk", null,
                Polling.initial(Instant.now().plus(Duration.ofDays(365)), Duration.ofHours(1)));
        List<Long> expected = Bulk.insertArticles(server.database(), bulk.id(), 10_000,
                Instant.now().minus(Duration.ofHours(3)));
        Reader reader = server.accounts().create("Bulk reader", "correct horse", Role.MEMBER);
        server.subscriptions().subscribe(reader, bulk.id(), null);
        GoogleReaderClient client = client(new Account(reader, server.appPasswords().create(reader, "Reeder").secret()));

        List<Long> ids = client.allIds(READING_LIST, p("xt", READ));
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 250) {
            List<String> page = ids.subList(i, Math.min(ids.size(), i + 250)).stream()
                    .map(id -> id % 2 == 0 ? Long.toString(id) : ItemIds.longForm(id)).toList();
            client.contents(page).get("items").forEach(item -> titles.add(item.get("title").asText()));
        }

        assertThat(ids).containsExactlyElementsOf(expected.reversed());
        assertThat(titles).hasSize(10_000).contains("Bulk article 0", "Bulk article 9999").doesNotHaveDuplicates();
        assertThat(unread(client.getJson("/reader/api/0/unread-count"), READING_LIST)).isEqualTo(10_000);
        client.post("/reader/api/0/mark-all-as-read", List.of(p("s", READING_LIST)));
        assertThat(unread(client.getJson("/reader/api/0/unread-count"), READING_LIST)).isZero();
        assertThat(server.reading().countUnread(reader, new org.newsdesk.domain.ArticleScope.Subscribed())).isZero();
    }
}
