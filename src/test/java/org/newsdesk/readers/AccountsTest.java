package org.newsdesk.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.Session;
import org.newsdesk.readers.ReaderException.Reason;

class AccountsTest {
    @TempDir
    Path folder;

    private Readers readers;

    private Accounts accounts() {
        readers = new Readers(folder);
        return readers.accounts;
    }

    @AfterEach
    void close() {
        if (readers != null) readers.close();
    }

    static void assertReason(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason,
                                     String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ReaderException.class,
                e -> assertThat(e.reason()).isEqualTo(reason)).hasMessage(message);
    }

    @Test
    void theFirstAccountIsAnAdminAndThereIsOnlyOneFirst() {
        Accounts accounts = accounts();
        assertThat(accounts.hasAccounts()).isFalse();

        Reader ana = accounts.createFirstAdmin("Ana", "correct horse");

        assertThat(ana.role()).isEqualTo(Role.ADMIN);
        assertThat(accounts.hasAccounts()).isTrue();
        assertReason(() -> accounts.createFirstAdmin("Ben", "correct horse"), Reason.FORBIDDEN,
                "Newsdesk has an admin already: sign in, or ask an admin");
    }

    @Test
    void theOperatorsFirstAccountIsAnAdminWhateverTheRoleAsked() {
        Accounts accounts = accounts();

        Reader first = accounts.create("Ana", "correct horse", Role.MEMBER);
        Reader second = accounts.create("Ben", "correct horse", Role.MEMBER);

        assertThat(first.role()).isEqualTo(Role.ADMIN);
        assertThat(second.role()).isEqualTo(Role.MEMBER);
        assertReason(() -> accounts.create("ben", "correct horse", Role.MEMBER), Reason.TAKEN, "the name ben is taken");
    }

    @Test
    void onlyAnAdminMakesAccounts() {
        Accounts accounts = accounts();
        Reader admin = accounts.create("Ana", "correct horse", Role.ADMIN);
        Reader member = accounts.create(admin, "Ben", "correct horse", Role.MEMBER);

        assertReason(() -> accounts.create(member, "Cleo", "correct horse", Role.ADMIN), Reason.FORBIDDEN,
                "only an admin may do this");
        assertThat(accounts.list()).extracting(Reader::name).containsExactly("Ana", "Ben");
    }

    @Test
    void refusesPoorNamesAndShortPasswords() {
        Accounts accounts = accounts();

        assertReason(() -> accounts.create(" ", "correct horse", Role.MEMBER), Reason.INVALID, "a name is needed");
        assertReason(() -> accounts.create("a:b", "correct horse", Role.MEMBER), Reason.INVALID,
                "a name is letters and digits, with spaces, dots, dashes or underscores between them");
        assertReason(() -> accounts.create("Ana", "short", Role.MEMBER), Reason.INVALID,
                "a password has at least 8 characters");
        assertThat(accounts.create("  Zoë Ñandú-2 ", "correct horse", Role.MEMBER).name()).isEqualTo("Zoë Ñandú-2");
    }

    @Test
    void signsInWithTheNameInAnyCaseAndFindsTheSessionByItsToken() {
        Accounts accounts = accounts();
        Reader ana = accounts.create("Ana", "correct horse", Role.ADMIN);

        SignedIn signedIn = accounts.signIn("ANA", "correct horse", "192.0.2.1", "Firefox");

        assertThat(signedIn.reader()).isEqualTo(ana);
        assertThat(signedIn.token()).hasSize(43);
        assertThat(accounts.authenticate(signedIn.token())).contains(new Authenticated(ana, signedIn.session()));
        assertThat(accounts.authenticate(signedIn.token() + "x")).isEmpty();
        assertThat(accounts.authenticate(null)).isEmpty();
        accounts.signOut(signedIn.token());
        assertThat(accounts.authenticate(signedIn.token())).isEmpty();
    }

    @Test
    void aWrongPasswordAndAnUnknownNameFailAlike() {
        Accounts accounts = accounts();
        accounts.create("Ana", "correct horse", Role.ADMIN);

        assertReason(() -> accounts.signIn("Ana", "wrong horse", "192.0.2.1", null), Reason.SIGN_IN_FAILED,
                "the name or the password is wrong");
        assertReason(() -> accounts.signIn("Nobody", "correct horse", "192.0.2.2", null), Reason.SIGN_IN_FAILED,
                "the name or the password is wrong");
    }

    @Test
    void limitsFailedSignInsPerAccountEvenWithTheRightPassword() {
        Accounts accounts = accounts();
        accounts.create("Ana", "correct horse", Role.ADMIN);
        for (String address : new String[] {"192.0.2.1", "192.0.2.2"}) {
            assertThatThrownBy(() -> accounts.signIn("Ana", "wrong", address, null)).isInstanceOf(ReaderException.class);
        }

        assertThatThrownBy(() -> accounts.signIn("ana", "correct horse", "192.0.2.3", null))
                .isInstanceOfSatisfying(ReaderException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15));
                })
                .hasMessage("too many failed sign-ins: try again in 15 minutes");
        readers.clock.advance(Duration.ofMinutes(15));
        assertThat(accounts.signIn("ana", "correct horse", "192.0.2.3", null).reader().name()).isEqualTo("Ana");
    }

    @Test
    void limitsFailedSignInsPerAddressAcrossAccounts() {
        Accounts accounts = accounts();
        accounts.create("Ana", "correct horse", Role.ADMIN);
        for (String name : new String[] {"x", "y", "z"}) {
            assertThatThrownBy(() -> accounts.signIn(name, "wrong", "192.0.2.9", null)).isInstanceOf(ReaderException.class);
        }

        assertReason(() -> accounts.signIn("Ana", "correct horse", "192.0.2.9", null), Reason.RATE_LIMITED,
                "too many failed sign-ins: try again in 15 minutes");
        assertThat(accounts.signIn("Ana", "correct horse", "198.51.100.1", null).reader().name()).isEqualTo("Ana");
    }

    @Test
    void sessionsExpireAfterThirtyDaysUnusedAndSlideWhenUsed() {
        Accounts accounts = accounts();
        accounts.create("Ana", "correct horse", Role.ADMIN);
        SignedIn kept = accounts.signIn("Ana", "correct horse", "192.0.2.1", null);
        SignedIn left = accounts.signIn("Ana", "correct horse", "192.0.2.1", null);

        readers.clock.advance(Duration.ofDays(20));
        assertThat(accounts.authenticate(kept.token())).isPresent();
        readers.clock.advance(Duration.ofDays(15));

        assertThat(accounts.authenticate(kept.token())).isPresent();
        assertThat(accounts.authenticate(left.token())).isEmpty();
        assertThat(accounts.removeExpiredSessions()).isEqualTo(1);
    }

    @Test
    void changingThePasswordEndsTheOtherBrowserSessions() {
        Accounts accounts = accounts();
        Reader ana = accounts.create("Ana", "correct horse", Role.ADMIN);
        SignedIn here = accounts.signIn("Ana", "correct horse", "192.0.2.1", null);
        SignedIn elsewhere = accounts.signIn("Ana", "correct horse", "192.0.2.2", null);

        assertReason(() -> accounts.changePassword(ana, here.session(), "wrong", "battery staple"),
                Reason.SIGN_IN_FAILED, "the current password is wrong");
        accounts.changePassword(ana, here.session(), "correct horse", "battery staple");

        assertThat(accounts.authenticate(here.token())).isPresent();
        assertThat(accounts.authenticate(elsewhere.token())).isEmpty();
        assertThat(accounts.signIn("Ana", "battery staple", "192.0.2.1", null).reader()).isEqualTo(ana);
    }

    @Test
    void aReaderListsAndRevokesOnlyTheirOwnSessions() {
        Accounts accounts = accounts();
        Reader ana = accounts.create("Ana", "correct horse", Role.ADMIN);
        Reader ben = accounts.create("Ben", "correct horse", Role.MEMBER);
        SignedIn anas = accounts.signIn("Ana", "correct horse", "192.0.2.1", "Firefox");
        SignedIn bens = accounts.signIn("Ben", "correct horse", "192.0.2.2", "Safari");

        assertThat(accounts.sessions(ana)).extracting(Session::userAgent).containsExactly("Firefox");
        assertReason(() -> accounts.revokeSession(ana, bens.session().id()), Reason.NOT_FOUND,
                "you have no session #" + bens.session().id());
        accounts.revokeSession(ana, anas.session().id());

        assertThat(accounts.authenticate(anas.token())).isEmpty();
        assertThat(accounts.authenticate(bens.token())).isPresent();
        assertThat(accounts.sessions(ben)).hasSize(1);
    }

    @Test
    void theLastAdminStaysAnAdmin() {
        Accounts accounts = accounts();
        Reader ana = accounts.create("Ana", "correct horse", Role.ADMIN);
        Reader ben = accounts.create("Ben", "correct horse", Role.MEMBER);

        assertReason(() -> accounts.setRole(ana, ana.id(), Role.MEMBER), Reason.FORBIDDEN,
                "Ana is the last admin: make another admin first");
        assertReason(() -> accounts.remove("ana"), Reason.FORBIDDEN, "Ana is the last admin: make another admin first");
        Reader benAsAdmin = accounts.setRole(ana, ben.id(), Role.ADMIN);
        accounts.remove(benAsAdmin, ana.id());

        assertThat(accounts.list()).extracting(Reader::name, Reader::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ben", Role.ADMIN));
        assertReason(() -> accounts.remove("Nobody"), Reason.NOT_FOUND, "there is no reader Nobody");
    }

    @Test
    void onlyAnAdminSwitchesPublicMode() {
        Accounts accounts = accounts();
        Reader ana = accounts.create("Ana", "correct horse", Role.ADMIN);
        Reader ben = accounts.create("Ben", "correct horse", Role.MEMBER);

        assertThat(accounts.publicMode()).isFalse();
        accounts.setPublicMode(ana, true);

        assertThat(accounts.publicMode()).isTrue();
        assertReason(() -> accounts.setPublicMode(ben, false), Reason.FORBIDDEN, "only an admin may do this");
    }

    @Test
    void theOperatorSetsAPassword() {
        Accounts accounts = accounts();
        accounts.create("Ana", "correct horse", Role.ADMIN);
        SignedIn before = accounts.signIn("Ana", "correct horse", "192.0.2.1", null);

        accounts.setPassword("ana", "battery staple");

        assertThat(accounts.authenticate(before.token())).isEmpty();
        assertThat(accounts.signIn("Ana", "battery staple", "192.0.2.1", null).reader().name()).isEqualTo("Ana");
    }
}
