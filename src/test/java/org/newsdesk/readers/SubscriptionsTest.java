package org.newsdesk.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.readers.AccountsTest.assertReason;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.ArticleScope;
import org.newsdesk.domain.Folder;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.Subscription;
import org.newsdesk.readers.ReaderException.Reason;

class SubscriptionsTest {
    @TempDir
    Path folder;

    private Readers readers;
    private Subscriptions subscriptions;
    private Reader ana;
    private Reader ben;

    @BeforeEach
    void open() {
        readers = new Readers(folder);
        subscriptions = readers.subscriptions;
        ana = readers.accounts.create("Ana", "correct horse", Role.ADMIN);
        ben = readers.accounts.create("Ben", "correct horse", Role.MEMBER);
    }

    @AfterEach
    void close() {
        readers.close();
    }

    @Test
    void readersShareOneSourcePerFeed() {
        Subscription anas = subscriptions.subscribe(ana, "https://news.example/feed", "News");
        Subscription bens = subscriptions.subscribe(ben, "https://news.example/feed", null);

        assertThat(anas.sourceId()).isEqualTo(bens.sourceId());
        assertThat(readers.sources.count()).isEqualTo(1);
        assertThat(anas.folder()).extracting(Folder::name).isEqualTo("News");
        assertThat(subscriptions.list(ben)).extracting(Subscription::sourceId).containsExactly(bens.sourceId());
        assertReason(() -> subscriptions.subscribe(ana, "https://nofeed.example/", null), Reason.SOURCE_FAILED,
                "no feed found at https://nofeed.example/");
    }

    @Test
    void aNewSubscriberStartsWithOnlyRecentArticlesUnread() {
        Source source = readers.source("a");
        long old = readers.article(source, "old", Readers.T0.minus(Duration.ofDays(31)));
        long recent = readers.article(source, "recent", Readers.T0.minus(Duration.ofDays(29)));

        subscriptions.subscribe(ana, source.id(), null);

        assertThat(readers.reading.readAmong(ana, List.of(old, recent))).containsExactly(old);
        assertThat(readers.reading.countUnread(ana, new ArticleScope.Subscribed())).isEqualTo(1);
    }

    @Test
    void subscribesANewReaderToEverySourceInItsCategory() {
        Source a = readers.sources.add("https://a.example/feed", null, "A", "World",
                org.newsdesk.domain.Polling.initial(Readers.T0, Duration.ofMinutes(30)));
        Source b = readers.source("b");
        subscriptions.subscribe(ben, b.id(), "Mine");

        assertThat(subscriptions.subscribeToAll(ben)).isEqualTo(1);

        assertThat(subscriptions.list(ben)).extracting(Subscription::sourceId,
                        s -> s.folder() == null ? null : s.folder().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.id(), "World"),
                        org.assertj.core.groups.Tuple.tuple(b.id(), "Mine"));
        assertThat(subscriptions.subscribeToAll(ben)).isZero();
    }

    @Test
    void renamesMovesAndUnsubscribes() {
        Source source = readers.source("a");
        subscriptions.subscribe(ana, source.id(), null);

        assertThat(subscriptions.rename(ana, source.id(), " Mine ").title()).isEqualTo("Mine");
        assertThat(subscriptions.move(ana, source.id(), "Tech").folder()).extracting(Folder::name).isEqualTo("Tech");
        assertThat(subscriptions.rename(ana, source.id(), "").title()).isEqualTo("a");
        assertReason(() -> subscriptions.rename(ben, source.id(), "x"), Reason.NOT_FOUND,
                "you do not follow source #" + source.id());
        subscriptions.unsubscribe(ana, source.id());
        assertThat(subscriptions.list(ana)).isEmpty();
        assertReason(() -> subscriptions.unsubscribe(ana, source.id()), Reason.NOT_FOUND,
                "you do not follow source #" + source.id());
    }

    @Test
    void renamesAndRemovesFolders() {
        subscriptions.subscribe(ana, readers.source("a").id(), "News");
        subscriptions.subscribe(ana, readers.source("b").id(), "Tech");

        subscriptions.renameFolder(ana, "News", "Tech");
        assertThat(subscriptions.folders(ana)).extracting(Folder::name).containsExactly("Tech");
        subscriptions.removeFolder(ana, "Tech");

        assertThat(subscriptions.folders(ana)).isEmpty();
        assertThat(subscriptions.list(ana)).hasSize(2).allSatisfy(s -> assertThat(s.folder()).isNull());
        assertReason(() -> subscriptions.removeFolder(ana, "Tech"), Reason.NOT_FOUND, "you have no folder Tech");
    }

    @Test
    void importsAndExportsOpmlPerReader() {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>x</title></head><body>
                  <outline text="World"><outline type="rss" text="A" xmlUrl="https://a.example/feed"/></outline>
                  <outline type="rss" text="B" xmlUrl="https://b.example/feed"/>
                  <outline type="rss" text="Broken" xmlUrl="https://nofeed.example/feed"/>
                  <outline type="rss" text="B again" xmlUrl="https://b.example/feed"/>
                  <outline type="rss" text="Gopher" xmlUrl="gopher://old.example/feed"/>
                  <outline type="rss" text="Bookmark" htmlUrl="https://site.example/"/>
                </body></opml>""";
        subscriptions.subscribe(ana, "https://b.example/feed", null);

        Subscriptions.ImportReport report = subscriptions.importOpml(ana, opml.getBytes(StandardCharsets.UTF_8));

        assertThat(report).isEqualTo(new Subscriptions.ImportReport(1, 1,
                List.of("Broken: no feed found at https://nofeed.example/feed"),
                List.of("B again: https://b.example/feed is listed again; kept once",
                        "Gopher: not a web address: \"gopher://old.example/feed\" (expected http:// or https://)",
                        "Bookmark: no feed address (xmlUrl)")));
        assertThat(subscriptions.list(ana)).extracting(s -> s.source().feedUrl(),
                s -> s.folder() == null ? null : s.folder().name()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("https://b.example/feed", null),
                org.assertj.core.groups.Tuple.tuple("https://a.example/feed", "World"));
        assertThat(subscriptions.exportOpml(ana)).contains("xmlUrl=\"https://a.example/feed\"", "text=\"World\"",
                "s subscriptions in Newsdesk</title>");
        assertThat(subscriptions.exportOpml(ben)).doesNotContain("xmlUrl");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> subscriptions.importOpml(ana, "not opml".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ReaderException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID));
    }

    @Test
    void hidesSourcesPerReader() {
        Source a = readers.source("a");

        subscriptions.hide(ana, a.id());

        assertThat(subscriptions.hiddenSourceIds(ana)).containsExactly(a.id());
        assertThat(subscriptions.hiddenSourceIds(ben)).isEmpty();
        subscriptions.unhide(ana, a.id());
        assertThat(subscriptions.hiddenSourceIds(ana)).isEmpty();
        assertReason(() -> subscriptions.hide(ana, 999), Reason.NOT_FOUND, "there is no source #999");
    }

    @Test
    void savedSearchesBelongToTheirReader() {
        var climate = readers.savedSearches.save(ana, "Climate", "climate OR weather");

        assertThat(readers.savedSearches.list(ana)).containsExactly(climate);
        assertThat(readers.savedSearches.find(ben, climate.id())).isEmpty();
        assertReason(() -> readers.savedSearches.save(ana, "Climate", "x"), Reason.TAKEN,
                "you have a saved search named Climate already");
        assertReason(() -> readers.savedSearches.remove(ben, climate.id()), Reason.NOT_FOUND,
                "you have no saved search #" + climate.id());
        readers.savedSearches.remove(ana, climate.id());
        assertThat(readers.savedSearches.list(ana)).isEmpty();
    }
}
