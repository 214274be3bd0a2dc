package org.newsdesk.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.readers.AccountsTest.assertReason;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.AppPassword;
import org.newsdesk.domain.Invite;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.Session;
import org.newsdesk.readers.ReaderException.Reason;

class AppPasswordsTest {
    @TempDir
    Path folder;

    private Readers readers;
    private Reader ana;
    private Reader ben;

    @BeforeEach
    void open() {
        readers = new Readers(folder);
        ana = readers.accounts.create("Ana", "correct horse", Role.ADMIN);
        ben = readers.accounts.create("Ben", "correct horse", Role.MEMBER);
    }

    @AfterEach
    void close() {
        readers.close();
    }

    @Test
    void anAppPasswordSignsAnAppInButNotABrowser() {
        NewAppPassword made = readers.appPasswords.create(ben, " Reeder on my phone ");

        assertThat(made.secret()).matches("[a-km-np-z2-9]{24}");
        assertThat(made.appPassword().label()).isEqualTo("Reeder on my phone");
        SignedIn app = readers.appPasswords.signIn("ben", made.secret(), "192.0.2.1", "Reeder");
        assertThat(app.session().isApi()).isTrue();
        assertThat(readers.appPasswords.authenticate(app.token())).map(Authenticated::reader).contains(ben);
        assertThat(readers.accounts.authenticate(app.token())).isEmpty();
        assertReason(() -> readers.accounts.signIn("Ben", made.secret(), "192.0.2.1", null), Reason.SIGN_IN_FAILED,
                "the name or the password is wrong");
    }

    @Test
    void theSignInPasswordOpensNoApiSession() {
        assertReason(() -> readers.appPasswords.signIn("Ben", "correct horse", "192.0.2.1", null),
                Reason.SIGN_IN_FAILED, "the name or the app password is wrong");
        SignedIn browser = readers.accounts.signIn("Ben", "correct horse", "192.0.2.1", null);
        assertThat(readers.appPasswords.authenticate(browser.token())).isEmpty();
    }

    @Test
    void anAppPasswordWorksOnlyWithItsOwnersName() {
        NewAppPassword bens = readers.appPasswords.create(ben, "FeedMe");

        assertReason(() -> readers.appPasswords.signIn("Ana", bens.secret(), "192.0.2.1", null),
                Reason.SIGN_IN_FAILED, "the name or the app password is wrong");
        assertThat(readers.appPasswords.authenticate("Ana", bens.secret())).isEmpty();
        assertThat(readers.appPasswords.authenticate("BEN", bens.secret())).contains(ben);
        assertThat(readers.appPasswords.authenticateKey(bens.secret())).contains(ben);
    }

    @Test
    void feverKeysAreTheMd5OfNameAndAppPassword() {
        NewAppPassword made = readers.appPasswords.create(ben, "FeedMe");
        String key = AppPasswords.feverKey("Ben", made.secret());

        assertThat(key).isEqualTo(Secrets.md5("Ben:" + made.secret())).hasSize(32);
        assertThat(readers.appPasswords.authenticateFever(key.toUpperCase())).contains(ben);
        assertThat(readers.appPasswords.authenticateFever(Secrets.md5("Ben:wrong"))).isEmpty();
        assertThat(readers.appPasswords.authenticateFever(null)).isEmpty();
    }

    @Test
    void revokingAnAppPasswordSignsItsAppsOutAndLeavesTheOthers() {
        NewAppPassword reeder = readers.appPasswords.create(ben, "Reeder");
        NewAppPassword feedMe = readers.appPasswords.create(ben, "FeedMe");
        SignedIn app = readers.appPasswords.signIn("Ben", reeder.secret(), "192.0.2.1", null);

        assertReason(() -> readers.appPasswords.revoke(ana, reeder.appPassword().id()), Reason.NOT_FOUND,
                "you have no app password #" + reeder.appPassword().id());
        readers.appPasswords.revoke(ben, reeder.appPassword().id());

        assertThat(readers.appPasswords.authenticate(app.token())).isEmpty();
        assertThat(readers.appPasswords.authenticateKey(reeder.secret())).isEmpty();
        assertThat(readers.appPasswords.list(ben)).extracting(AppPassword::label).containsExactly("FeedMe");
        assertThat(readers.appPasswords.authenticateKey(feedMe.secret())).contains(ben);
        assertThat(readers.accounts.sessions(ben)).extracting(Session::isApi).isEmpty();
    }

    @Test
    void recordsWhenAnAppPasswordWasLastUsed() {
        NewAppPassword made = readers.appPasswords.create(ben, "Reeder");
        readers.clock.advance(Duration.ofHours(1));

        readers.appPasswords.authenticateKey(made.secret());

        assertThat(readers.appPasswords.list(ben)).singleElement()
                .satisfies(p -> assertThat(p.lastUsedAt()).isEqualTo(Readers.T0.plus(Duration.ofHours(1))));
    }

    @Test
    void anInvitationMakesOneAccountWithItsRole() {
        NewInvite invite = readers.invitations.invite(ana, Role.MEMBER, null);

        assertThat(readers.invitations.findOpen(invite.token())).contains(invite.invite());
        Reader cleo = readers.invitations.accept(invite.token(), "Cleo", "correct horse");

        assertThat(cleo.role()).isEqualTo(Role.MEMBER);
        assertThat(readers.invitations.findOpen(invite.token())).isEmpty();
        assertReason(() -> readers.invitations.accept(invite.token(), "Dan", "correct horse"), Reason.NOT_FOUND,
                "this invitation is unknown, used or expired: ask an admin for another");
        assertThat(readers.invitations.list(ana)).singleElement()
                .satisfies(i -> assertThat(i.usedBy()).isEqualTo(cleo.id()));
    }

    @Test
    void onlyAdminsInviteAndInvitationsExpire() {
        assertReason(() -> readers.invitations.invite(ben, Role.ADMIN, null), Reason.FORBIDDEN,
                "only an admin may do this");
        NewInvite invite = readers.invitations.invite(ana, Role.ADMIN, Duration.ofDays(1));
        readers.clock.advance(Duration.ofDays(1));

        assertThat(readers.invitations.findOpen(invite.token())).isEmpty();
        assertReason(() -> readers.invitations.accept(invite.token(), "Cleo", "correct horse"), Reason.NOT_FOUND,
                "this invitation is unknown, used or expired: ask an admin for another");
        assertReason(() -> readers.invitations.invite(ana, Role.MEMBER, Duration.ofDays(91)), Reason.INVALID,
                "an invitation is valid for up to 90 days");
    }

    @Test
    void anInvitationForATakenNameStaysOpen() {
        NewInvite invite = readers.invitations.invite(ana, Role.MEMBER, null);

        assertReason(() -> readers.invitations.accept(invite.token(), "ben", "correct horse"), Reason.TAKEN,
                "the name ben is taken");
        assertThat(readers.invitations.findOpen(invite.token())).map(Invite::id).contains(invite.invite().id());
        readers.invitations.revoke(ana, invite.invite().id());
        assertThat(readers.invitations.findOpen(invite.token())).isEmpty();
    }

    @Test
    void csrfTokensMatchTheirSessionOnly() {
        CsrfTokens csrf = new CsrfTokens();
        Session anas = readers.accounts.signIn("Ana", "correct horse", "192.0.2.1", null).session();
        Session bens = readers.accounts.signIn("Ben", "correct horse", "192.0.2.1", null).session();

        assertThat(csrf.matches(anas, csrf.tokenFor(anas))).isTrue();
        assertThat(csrf.matches(anas, csrf.tokenFor(bens))).isFalse();
        assertThat(csrf.matches(anas, null)).isFalse();
        assertThat(csrf.matches(anas, "")).isFalse();
        assertReason(() -> csrf.require(anas, "forged"), Reason.FORBIDDEN,
                "this form has expired or came from another site: reload the page and try again");
    }
}
