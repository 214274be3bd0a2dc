package org.newsdesk.api.fever;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.newsdesk.api.fever.FeverClient.KeyIn;
import org.newsdesk.app.TestNewsdesk;
import org.newsdesk.domain.ArticleScope;
import org.newsdesk.domain.Folder;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.Source;
import org.newsdesk.store.Bulk;

/**
 * A Fever client (as FeedMe and Fluent Reader call the API) against a real Newsdesk on loopback, with the demo
 * network ingested. Each test makes its own readers. Runs on each store backend (the subclasses).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FeverClientTest {
    @TempDir
    static Path folder;

    private TestNewsdesk server;
    private List<Source> demo;
    private final AtomicInteger readers = new AtomicInteger();

    abstract TestNewsdesk.Store store();

    private record Account(Reader reader, String secret) {}

    @BeforeAll
    void start() {
        server = TestNewsdesk.start(folder, store());
        demo = server.sources().list();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** A reader following the first {@code follows} demo sources, the first two in the folder News. */
    private Account account(int follows) {
        Reader reader = server.accounts().create("Fever " + readers.incrementAndGet(), "correct horse", Role.MEMBER);
        for (int i = 0; i < follows; i++) server.subscriptions().subscribe(reader, demo.get(i).id(), i < 2 ? "News" : null);
        return new Account(reader, server.appPasswords().create(reader, "FeedMe").secret());
    }

    private FeverClient client(Account account) {
        return new FeverClient(server.baseUrl(), account.reader().name(), account.secret(), KeyIn.FORM);
    }

    private long articlesOf(int... sourceIndexes) {
        long n = 0;
        for (int i : sourceIndexes) n += server.articles().countBySource(demo.get(i).id());
        return n;
    }

    /** Every item, 50 at a time from since_id 0, as FeedMe syncs. */
    private static List<JsonNode> allItems(FeverClient client) {
        List<JsonNode> all = new ArrayList<>();
        long since = 0;
        while (true) {
            JsonNode page = client.call("items&since_id=" + since).get("items");
            if (page.isEmpty()) return all;
            assertThat(page.size()).isLessThanOrEqualTo(50);
            page.forEach(all::add);
            since = page.get(page.size() - 1).get("id").asLong();
        }
    }

    @Test
    void answersAuthOneForTheRightKeyAndZeroForAWrongOne() {
        Account account = account(1);

        JsonNode good = client(account).call("");
        JsonNode signInPassword = new FeverClient(server.baseUrl(), account.reader().name(), "correct horse", KeyIn.FORM)
                .call("items");
        JsonNode wrongCase = new FeverClient(server.baseUrl(), "nobody", account.secret(), KeyIn.FORM).call("groups");

        assertThat(good.get("api_version").asInt()).isEqualTo(3);
        assertThat(good.get("auth").asInt()).isEqualTo(1);
        assertThat(good.get("last_refreshed_on_time").asLong()).isPositive();
        assertThat(signInPassword.get("auth").asInt()).isZero();
        assertThat(signInPassword.has("items")).isFalse();
        assertThat(wrongCase.get("auth").asInt()).isZero();
    }

    @Test
    void takesTheKeyFromAFormAMultipartBodyOrTheQuery() {
        Account account = account(1);

        for (KeyIn where : KeyIn.values()) {
            JsonNode answer = new FeverClient(server.baseUrl(), account.reader().name(), account.secret(), where)
                    .call("feeds");
            assertThat(answer.get("auth").asInt()).as(where.name()).isEqualTo(1);
            assertThat(answer.get("feeds")).as(where.name()).hasSize(1);
        }
    }

    @Test
    void answersAtFreshRssAddressToo() {
        Account account = account(2);

        JsonNode answer = new FeverClient(server.baseUrl(), "/api/fever.php", account.reader().name(),
                account.secret(), KeyIn.FORM).call("feeds");

        assertThat(answer.get("auth").asInt()).isEqualTo(1);
        assertThat(answer.get("feeds")).hasSize(2);
    }

    @Test
    void listsGroupsFeedsAndFavicons() {
        Account account = account(3);
        FeverClient client = client(account);
        Folder news = server.subscriptions().findFolder(account.reader(), "News").orElseThrow();

        JsonNode groups = client.call("groups");
        JsonNode feeds = client.call("feeds");
        JsonNode favicons = client.call("favicons");

        assertThat(groups.get("groups")).singleElement().satisfies(g -> {
            assertThat(g.get("id").asLong()).isEqualTo(news.id());
            assertThat(g.get("title").asText()).isEqualTo("News");
        });
        assertThat(groups.get("feeds_groups")).singleElement().satisfies(fg ->
                assertThat(fg.get("feed_ids").asText()).isEqualTo(demo.get(0).id() + "," + demo.get(1).id()));
        assertThat(feeds.get("feeds")).extracting(f -> f.get("id").asLong())
                .containsExactly(demo.get(0).id(), demo.get(1).id(), demo.get(2).id());
        JsonNode first = feeds.get("feeds").get(0);
        assertThat(first.get("title").asText()).isEqualTo(demo.get(0).title());
        assertThat(first.get("url").asText()).isEqualTo(demo.get(0).feedUrl());
        assertThat(first.get("favicon_id").asLong()).isEqualTo(demo.get(0).id());
        assertThat(favicons.get("favicons")).hasSize(3)
                .allSatisfy(f -> assertThat(f.get("data").asText()).startsWith("image/gif;base64,"));
    }

    @Test
    void syncsEveryItemFiftyAtATimeAndPagesBackWithMaxId() {
        FeverClient client = client(account(4));

        List<JsonNode> items = allItems(client);
        List<Long> ids = items.stream().map(i -> i.get("id").asLong()).toList();
        List<Long> back = new ArrayList<>();
        long max = 0;
        while (true) {
            JsonNode page = client.call("items&max_id=" + max).get("items");
            if (page.isEmpty()) break;
            page.forEach(i -> back.add(i.get("id").asLong()));
            max = page.get(page.size() - 1).get("id").asLong();
        }

        assertThat(ids).hasSize(server.demoArticleCount()).isSorted().doesNotHaveDuplicates();
        assertThat(back).containsExactlyElementsOf(ids.reversed());
        assertThat(client.call("items").get("total_items").asLong()).isEqualTo(server.demoArticleCount());
        JsonNode item = items.getFirst();
        var article = server.articles().find(item.get("id").asLong()).orElseThrow();
        assertThat(item.get("title").asText()).isEqualTo(article.title());
        assertThat(item.get("url").asText()).isEqualTo(article.url());
        assertThat(item.get("feed_id").asLong()).isEqualTo(article.sourceId());
        assertThat(item.get("html").asText()).isEqualTo(article.content().bodyHtml());
        assertThat(item.get("is_read").asInt()).isZero();
        assertThat(item.get("created_on_time").asLong()).isEqualTo(article.shownAt().getEpochSecond());
    }

    @Test
    void marksItemsReadUnreadSavedAndUnsaved() {
        FeverClient client = client(account(4));
        List<Long> unread = FeverClient.ids(client.call("unread_item_ids").get("unread_item_ids"));
        long one = unread.get(0);
        long two = unread.get(1);

        JsonNode afterRead = client.call("mark=item&as=read&id=" + one);
        JsonNode afterSave = client.call("mark=item&as=saved&id=" + two);

        assertThat(unread).hasSize(server.demoArticleCount());
        assertThat(FeverClient.ids(afterRead.get("unread_item_ids"))).hasSize(unread.size() - 1).doesNotContain(one);
        assertThat(FeverClient.ids(afterSave.get("saved_item_ids"))).containsExactly(two);
        assertThat(client.call("items&with_ids=" + one + "," + two).get("items"))
                .extracting(i -> i.get("id").asLong(), i -> i.get("is_read").asInt(), i -> i.get("is_saved").asInt())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(one, 1, 0),
                        org.assertj.core.groups.Tuple.tuple(two, 0, 1));
        client.call("mark=item&as=unread&id=" + one);
        client.call("mark=item&as=unsaved&id=" + two);
        assertThat(FeverClient.ids(client.call("unread_item_ids").get("unread_item_ids"))).hasSize(unread.size());
        assertThat(FeverClient.ids(client.call("saved_item_ids").get("saved_item_ids"))).isEmpty();
    }

    @Test
    void marksAFeedOrAGroupReadBeforeATime() {
        Account account = account(4);
        FeverClient client = client(account);
        long news = server.subscriptions().findFolder(account.reader(), "News").orElseThrow().id();
        long later = Instant.now().plusSeconds(5).getEpochSecond();

        client.call("mark=feed&as=read&id=" + demo.get(3).id() + "&before=1");
        assertThat(FeverClient.ids(client.call("unread_item_ids").get("unread_item_ids"))).hasSize(server.demoArticleCount());
        client.call("mark=feed&as=read&id=" + demo.get(3).id() + "&before=" + later);
        assertThat(FeverClient.ids(client.call("unread_item_ids").get("unread_item_ids")))
                .hasSize((int) articlesOf(0, 1, 2));
        client.call("mark=group&as=read&id=" + news + "&before=" + later);
        assertThat(FeverClient.ids(client.call("unread_item_ids").get("unread_item_ids"))).hasSize((int) articlesOf(2));
        client.call("mark=group&as=read&id=0&before=" + later);
        assertThat(client.call("unread_item_ids").get("unread_item_ids").asText()).isEmpty();
    }

    @Test
    void anotherReadersItemsFeedsAndGroupsAreLeftAlone() {
        Account ana = account(4);
        Account ben = account(1);
        FeverClient anas = client(ana);
        FeverClient bens = client(ben);
        List<Long> onlyAnas = allItems(anas).stream().filter(i -> i.get("feed_id").asLong() == demo.get(2).id())
                .map(i -> i.get("id").asLong()).toList();
        long anasFolder = server.subscriptions().findFolder(ana.reader(), "News").orElseThrow().id();

        JsonNode served = bens.call("items&with_ids=" + onlyAnas.get(0) + "," + onlyAnas.get(1));
        bens.call("mark=item&as=read&id=" + onlyAnas.get(0));
        bens.call("mark=item&as=saved&id=" + onlyAnas.get(1));
        bens.call("mark=feed&as=read&id=" + demo.get(2).id());
        bens.call("mark=group&as=read&id=" + anasFolder);

        assertThat(served.get("items")).isEmpty();
        assertThat(allItems(bens)).hasSize((int) articlesOf(0));
        assertThat(server.reading().readAmong(ben.reader(), onlyAnas)).isEmpty();
        assertThat(server.reading().starredIds(ben.reader(), 10)).isEmpty();
        assertThat(FeverClient.ids(anas.call("unread_item_ids").get("unread_item_ids"))).hasSize(server.demoArticleCount());
        assertThat(FeverClient.ids(bens.call("unread_item_ids").get("unread_item_ids"))).hasSize((int) articlesOf(0));
    }

    @Test
    void answersLinksEmptyAndSeveralPartsAtOnce() {
        JsonNode answer = client(account(2)).call("groups&feeds&links&unread_item_ids");

        assertThat(answer.get("links")).isEmpty();
        assertThat(answer.get("groups")).hasSize(1);
        assertThat(answer.get("feeds")).hasSize(2);
        assertThat(FeverClient.ids(answer.get("unread_item_ids"))).hasSize((int) articlesOf(0, 1));
    }

    @Test
    void pagesThroughTenThousandItems() {
        Source bulk = server.sources().add("https://bulk-fever.example/feed", null, "Bulk", null,
                Polling.initial(Instant.now().plus(Duration.ofDays(365)), Duration.ofHours(1)));
        List<Long> expected = Bulk.insertArticles(server.database(), bulk.id(), 10_000,
                Instant.now().minus(Duration.ofHours(3)));
        Reader reader = server.accounts().create("Fever bulk", "correct horse", Role.MEMBER);
        server.subscriptions().subscribe(reader, bulk.id(), null);
        FeverClient client = client(new Account(reader, server.appPasswords().create(reader, "FeedMe").secret()));

        List<JsonNode> items = allItems(client);

        assertThat(items).extracting(i -> i.get("id").asLong()).containsExactlyElementsOf(expected);
        assertThat(items.getLast().get("title").asText()).isEqualTo("Bulk article 9999");
        assertThat(FeverClient.ids(client.call("unread_item_ids").get("unread_item_ids"))).hasSize(10_000);
        client.call("mark=group&as=read&id=0&before=" + Instant.now().plusSeconds(5).getEpochSecond());
        assertThat(server.reading().countUnread(reader, new ArticleScope.Subscribed())).isZero();
    }

    @Test
    void leavesReadArticlesPastTheReadRetentionOutOfItemsButKeepsStarredOnes() {
        // The default archive policy keeps read articles 60 days: these are 90 days old, and read from the start
        // (older than the 30 days a new subscriber's unread reaches back).
        Source old = server.sources().add("https://old-fever.example/feed", null, "Old", null,
                Polling.initial(Instant.now().plus(Duration.ofDays(365)), Duration.ofHours(1)));
        Source fresh = server.sources().add("https://fresh-fever.example/feed", null, "Fresh", null,
                Polling.initial(Instant.now().plus(Duration.ofDays(365)), Duration.ofHours(1)));
        List<Long> olds = Bulk.insertArticles(server.database(), old.id(), 3, Instant.now().minus(Duration.ofDays(90)));
        List<Long> freshes = Bulk.insertArticles(server.database(), fresh.id(), 2, Instant.now().minus(Duration.ofHours(1)));
        Reader reader = server.accounts().create("Fever archive", "correct horse", Role.MEMBER);
        server.subscriptions().subscribe(reader, old.id(), null);
        server.subscriptions().subscribe(reader, fresh.id(), null);
        server.reading().star(reader, olds.get(1));
        server.reading().markRead(reader, freshes.get(0));
        FeverClient client = client(new Account(reader, server.appPasswords().create(reader, "FeedMe").secret()));

        JsonNode answer = client.call("items&since_id=0");

        assertThat(answer.get("items")).extracting(i -> i.get("id").asLong())
                .containsExactly(olds.get(1), freshes.get(0), freshes.get(1));
        assertThat(answer.get("total_items").asLong()).isEqualTo(3);
        assertThat(FeverClient.ids(client.call("unread_item_ids").get("unread_item_ids"))).containsExactly(freshes.get(1));
        assertThat(FeverClient.ids(client.call("saved_item_ids").get("saved_item_ids"))).containsExactly(olds.get(1));
        // Nothing was deleted: the shared articles are all still there.
        assertThat(server.articles().countBySource(old.id())).isEqualTo(3);
    }
}
