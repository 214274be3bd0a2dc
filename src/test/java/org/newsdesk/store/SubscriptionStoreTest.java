package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import org.newsdesk.domain.Folder;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.Subscription;

class SubscriptionStoreTest extends BackendTest {

    private record World(SubscriptionStore subscriptions, SourceStore sources, Reader ana, Reader ben, Source a,
                         Source b) {}

    private World world(Backend backend) {
        Database database = open(backend);
        ReaderStore readers = new ReaderStore(database);
        SourceStore sources = new SourceStore(database);
        return new World(new SubscriptionStore(database), sources, readers.add("Ana", Role.MEMBER, "h", T0),
                readers.add("Ben", Role.MEMBER, "h", T0),
                sources.add("https://a.example/feed", "https://a.example/", "A", "World", polling(T0)),
                sources.add("https://b.example/feed", null, "B", null, polling(T0)));
    }

    @OnEveryBackend
    void subscribesInAFolderAndListsOnlyTheReadersOwn(Backend backend) {
        World w = world(backend);

        Subscription sub = w.subscriptions().subscribe(w.ana().id(), w.a().id(), "News", at(1));
        w.subscriptions().subscribe(w.ana().id(), w.b().id(), null, at(2));
        w.subscriptions().subscribe(w.ben().id(), w.b().id(), "Mine", at(3));

        Folder news = w.subscriptions().findFolder(w.ana().id(), "News").orElseThrow();
        assertThat(sub).isEqualTo(new Subscription(w.ana().id(), w.a(), news, null, at(1)));
        assertThat(sub.title()).isEqualTo("A");
        assertThat(w.subscriptions().list(w.ana().id())).extracting(Subscription::sourceId)
                .containsExactly(w.a().id(), w.b().id());
        assertThat(w.subscriptions().list(w.ben().id())).singleElement()
                .satisfies(s -> assertThat(s.folder()).extracting(Folder::name).isEqualTo("Mine"));
        assertThat(w.subscriptions().folders(w.ana().id())).containsExactly(news);
        assertThat(w.subscriptions().countSubscribers(w.b().id())).isEqualTo(2);
    }

    @OnEveryBackend
    void subscribingTwiceKeepsTheFirstSubscription(Backend backend) {
        World w = world(backend);
        Subscription first = w.subscriptions().subscribe(w.ana().id(), w.a().id(), null, at(1));

        Subscription again = w.subscriptions().subscribe(w.ana().id(), w.a().id(), "Other", at(2));

        assertThat(again.subscribedAt()).isEqualTo(first.subscribedAt());
        assertThat(again.folder()).isNull();
        assertThat(w.subscriptions().list(w.ana().id())).hasSize(1);
    }

    @OnEveryBackend
    void renamesAndRefilesASubscription(Backend backend) {
        World w = world(backend);
        w.subscriptions().subscribe(w.ana().id(), w.a().id(), "News", at(1));

        w.subscriptions().setTitle(w.ana().id(), w.a().id(), "My A ✓");
        w.subscriptions().setFolder(w.ana().id(), w.a().id(), "Tech");

        Subscription found = w.subscriptions().find(w.ana().id(), w.a().id()).orElseThrow();
        assertThat(found.title()).isEqualTo("My A ✓");
        assertThat(found.folder()).extracting(Folder::name).isEqualTo("Tech");
        w.subscriptions().setFolder(w.ana().id(), w.a().id(), null);
        w.subscriptions().setTitle(w.ana().id(), w.a().id(), null);
        Subscription cleared = w.subscriptions().find(w.ana().id(), w.a().id()).orElseThrow();
        assertThat(cleared.folder()).isNull();
        assertThat(cleared.title()).isEqualTo("A");
        assertThatThrownBy(() -> w.subscriptions().setTitle(w.ben().id(), w.a().id(), "x"))
                .hasMessage("reader " + w.ben().id() + " does not follow source " + w.a().id());
    }

    @OnEveryBackend
    void renamingAFolderOntoAnotherMergesThem(Backend backend) {
        World w = world(backend);
        w.subscriptions().subscribe(w.ana().id(), w.a().id(), "News", at(1));
        w.subscriptions().subscribe(w.ana().id(), w.b().id(), "Tech", at(1));

        assertThat(w.subscriptions().renameFolder(w.ana().id(), "News", "Tech")).isTrue();

        assertThat(w.subscriptions().folders(w.ana().id())).extracting(Folder::name).containsExactly("Tech");
        assertThat(w.subscriptions().list(w.ana().id())).allSatisfy(s ->
                assertThat(s.folder()).extracting(Folder::name).isEqualTo("Tech"));
        assertThat(w.subscriptions().renameFolder(w.ana().id(), "Tech", "Reading")).isTrue();
        assertThat(w.subscriptions().folders(w.ana().id())).extracting(Folder::name).containsExactly("Reading");
        assertThat(w.subscriptions().renameFolder(w.ana().id(), "Gone", "X")).isFalse();
    }

    @OnEveryBackend
    void removingAFolderKeepsItsSubscriptions(Backend backend) {
        World w = world(backend);
        w.subscriptions().subscribe(w.ana().id(), w.a().id(), "News", at(1));

        assertThat(w.subscriptions().removeFolder(w.ana().id(), "News")).isTrue();

        assertThat(w.subscriptions().folders(w.ana().id())).isEmpty();
        assertThat(w.subscriptions().find(w.ana().id(), w.a().id()).orElseThrow().folder()).isNull();
    }

    @OnEveryBackend
    void unsubscribingAndRemovingASourceEndSubscriptions(Backend backend) {
        World w = world(backend);
        w.subscriptions().subscribe(w.ana().id(), w.a().id(), null, at(1));
        w.subscriptions().subscribe(w.ana().id(), w.b().id(), null, at(1));

        assertThat(w.subscriptions().unsubscribe(w.ana().id(), w.a().id())).isTrue();
        assertThat(w.subscriptions().unsubscribe(w.ana().id(), w.a().id())).isFalse();
        w.sources().remove(w.b().id());

        assertThat(w.subscriptions().list(w.ana().id())).isEmpty();
    }

    @OnEveryBackend
    void hidesAndShowsSources(Backend backend) {
        World w = world(backend);

        w.subscriptions().hide(w.ana().id(), w.b().id());
        w.subscriptions().hide(w.ana().id(), w.b().id());
        w.subscriptions().hide(w.ana().id(), w.a().id());

        assertThat(w.subscriptions().hiddenSourceIds(w.ana().id())).containsExactly(w.a().id(), w.b().id());
        assertThat(w.subscriptions().hiddenSourceIds(w.ben().id())).isEmpty();
        assertThat(w.subscriptions().unhide(w.ana().id(), w.a().id())).isTrue();
        assertThat(w.subscriptions().hiddenSourceIds(w.ana().id())).containsExactly(w.b().id());
    }

    @OnEveryBackend
    void savesSearchesPerReaderWithUniqueNames(Backend backend) {
        Database database = open(backend);
        ReaderStore readers = new ReaderStore(database);
        Reader ana = readers.add("Ana", Role.MEMBER, "h", T0);
        Reader ben = readers.add("Ben", Role.MEMBER, "h", T0);
        SavedSearchStore searches = new SavedSearchStore(database);

        var climate = searches.add(ana.id(), "Climate", "climate OR weather", T0);
        searches.add(ben.id(), "Climate", "climate", T0);

        assertThat(searches.list(ana.id())).containsExactly(climate);
        assertThat(searches.find(climate.id())).contains(climate);
        assertThatThrownBy(() -> searches.add(ana.id(), "Climate", "x", T0))
                .hasMessage("there is a saved search named Climate already");
        assertThat(searches.remove(ben.id(), climate.id())).isFalse();
        assertThat(searches.remove(ana.id(), climate.id())).isTrue();
        assertThat(searches.list(ana.id())).isEmpty();
    }
}
