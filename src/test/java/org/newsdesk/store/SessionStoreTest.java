package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;

import org.newsdesk.domain.AppPassword;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.Session;

class SessionStoreTest extends BackendTest {

    private static SessionStore.NewSession browser(String hash, long readerId) {
        return new SessionStore.NewSession(hash, readerId, null, "csrf-" + hash, T0, at(60), "192.0.2.7",
                "Firefox 🦊");
    }

    @OnEveryBackend
    void startsASessionAndFindsItByTheHashOfItsToken(Backend backend) {
        Database database = open(backend);
        Reader ana = new ReaderStore(database).add("Ana", Role.MEMBER, "h", T0);
        SessionStore sessions = new SessionStore(database);

        Session started = sessions.add(browser("hash-a", ana.id()));

        assertThat(started).isEqualTo(new Session(started.id(), ana.id(), null, T0, T0, at(60), "192.0.2.7",
                "Firefox 🦊", "csrf-hash-a"));
        assertThat(sessions.findByTokenHash("hash-a")).contains(started);
        assertThat(sessions.findByTokenHash("hash-b")).isEmpty();
    }

    @OnEveryBackend
    void touchingMovesLastSeenAndExpiry(Backend backend) {
        Database database = open(backend);
        Reader ana = new ReaderStore(database).add("Ana", Role.MEMBER, "h", T0);
        SessionStore sessions = new SessionStore(database);
        Session started = sessions.add(browser("hash-a", ana.id()));

        sessions.touch(started.id(), at(10), at(70));

        Session found = sessions.findByTokenHash("hash-a").orElseThrow();
        assertThat(found.lastSeenAt()).isEqualTo(at(10));
        assertThat(found.expiresAt()).isEqualTo(at(70));
    }

    @OnEveryBackend
    void aReaderEndsOnlyTheirOwnSessions(Backend backend) {
        Database database = open(backend);
        ReaderStore readers = new ReaderStore(database);
        Reader ana = readers.add("Ana", Role.MEMBER, "h", T0);
        Reader ben = readers.add("Ben", Role.MEMBER, "h", T0);
        SessionStore sessions = new SessionStore(database);
        Session anas = sessions.add(browser("a", ana.id()));
        Session bens = sessions.add(browser("b", ben.id()));

        assertThat(sessions.remove(ana.id(), bens.id())).isFalse();
        assertThat(sessions.remove(ana.id(), anas.id())).isTrue();

        assertThat(sessions.listByReader(ana.id())).isEmpty();
        assertThat(sessions.listByReader(ben.id())).containsExactly(bens);
    }

    @OnEveryBackend
    void endingBrowserSessionsKeepsOneAndTheApiSessions(Backend backend) {
        Database database = open(backend);
        Reader ana = new ReaderStore(database).add("Ana", Role.MEMBER, "h", T0);
        AppPassword app = new AppPasswordStore(database).add(ana.id(), "Reeder", "secret", "fever", T0);
        SessionStore sessions = new SessionStore(database);
        Session kept = sessions.add(browser("kept", ana.id()));
        sessions.add(browser("other", ana.id()));
        Session api = sessions.add(new SessionStore.NewSession("api", ana.id(), app.id(), "t", T0, at(60), null, null));

        assertThat(sessions.removeBrowserSessions(ana.id(), kept.id())).isEqualTo(1);

        assertThat(sessions.listByReader(ana.id())).extracting(Session::id)
                .containsExactlyInAnyOrder(kept.id(), api.id());
    }

    @OnEveryBackend
    void revokingAnAppPasswordEndsItsSessions(Backend backend) {
        Database database = open(backend);
        Reader ana = new ReaderStore(database).add("Ana", Role.MEMBER, "h", T0);
        AppPasswordStore apps = new AppPasswordStore(database);
        AppPassword reeder = apps.add(ana.id(), "Reeder", "secret-1", "fever-1", T0);
        AppPassword feedMe = apps.add(ana.id(), "FeedMe", "secret-2", "fever-2", T0);
        SessionStore sessions = new SessionStore(database);
        sessions.add(new SessionStore.NewSession("api", ana.id(), reeder.id(), "t", T0, at(60), null, null));

        assertThat(apps.remove(ana.id() + 1, reeder.id())).isFalse();
        assertThat(apps.remove(ana.id(), reeder.id())).isTrue();

        assertThat(sessions.findByTokenHash("api")).isEmpty();
        assertThat(apps.listByReader(ana.id())).containsExactly(feedMe);
        assertThat(apps.findBySecretHash("secret-1")).isEmpty();
        assertThat(apps.findByFeverKeyHash("fever-2")).contains(feedMe);
    }

    @OnEveryBackend
    void recordsWhenAnAppPasswordWasLastUsed(Backend backend) {
        Database database = open(backend);
        Reader ana = new ReaderStore(database).add("Ana", Role.MEMBER, "h", T0);
        AppPasswordStore apps = new AppPasswordStore(database);
        AppPassword reeder = apps.add(ana.id(), "Reeder", "secret-1", "fever-1", T0);

        apps.touch(reeder.id(), at(3));

        assertThat(apps.findBySecretHash("secret-1")).contains(new AppPassword(reeder.id(), ana.id(), "Reeder", T0,
                at(3)));
    }

    @OnEveryBackend
    void removesExpiredSessions(Backend backend) {
        Database database = open(backend);
        Reader ana = new ReaderStore(database).add("Ana", Role.MEMBER, "h", T0);
        SessionStore sessions = new SessionStore(database);
        sessions.add(browser("a", ana.id()));
        sessions.add(new SessionStore.NewSession("b", ana.id(), null, "t", T0, at(120), null, null));

        assertThat(sessions.removeExpired(at(60))).isEqualTo(1);

        assertThat(sessions.findByTokenHash("a")).isEmpty();
        assertThat(sessions.findByTokenHash("b")).isPresent();
    }
}
