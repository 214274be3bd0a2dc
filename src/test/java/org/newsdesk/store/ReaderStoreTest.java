package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;

import java.util.Optional;
import org.newsdesk.domain.Ban;
import org.newsdesk.domain.Invite;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.store.StoreException.Reason;

class ReaderStoreTest extends BackendTest {

    @OnEveryBackend
    void addsAReaderAndFindsItByIdAndByNameInAnyCase(Backend backend) {
        ReaderStore readers = new ReaderStore(open(backend));

        Reader ana = readers.add("  Ana Lúcia ", Role.ADMIN, "hash-1", T0);

        assertThat(ana).isEqualTo(new Reader(ana.id(), "Ana Lúcia", Role.ADMIN, T0));
        assertThat(readers.find(ana.id())).contains(ana);
        assertThat(readers.findByName("ANA LÚCIA")).contains(ana);
        assertThat(readers.credentials("ana lúcia")).contains(new ReaderStore.Credentials(ana, "hash-1"));
        assertThat(readers.findByName("Ana")).isEmpty();
    }

    @OnEveryBackend
    void refusesANameTakenInAnotherCase(Backend backend) {
        ReaderStore readers = new ReaderStore(open(backend));
        readers.add("Ana", Role.MEMBER, "h", T0);

        assertThatThrownBy(() -> readers.add("ANA", Role.MEMBER, "h", T0))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DUPLICATE))
                .hasMessage("the name ANA is taken");
        assertThat(readers.count()).isEqualTo(1);
    }

    @OnEveryBackend
    void addsTheFirstReaderOnlyWhenThereIsNone(Backend backend) {
        ReaderStore readers = new ReaderStore(open(backend));

        Optional<Reader> first = readers.addFirst("Ana", Role.ADMIN, "h", T0);
        Optional<Reader> second = readers.addFirst("Ben", Role.ADMIN, "h", T0);

        assertThat(first).map(Reader::name).contains("Ana");
        assertThat(second).isEmpty();
        assertThat(readers.list()).extracting(Reader::name).containsExactly("Ana");
    }

    @OnEveryBackend
    void changesPasswordAndRoleAndCountsAdmins(Backend backend) {
        ReaderStore readers = new ReaderStore(open(backend));
        Reader ana = readers.add("Ana", Role.ADMIN, "old", T0);
        Reader ben = readers.add("Ben", Role.MEMBER, "h", T0);

        readers.setPasswordHash(ana.id(), "new", at(1));
        readers.setRole(ben.id(), Role.ADMIN);

        assertThat(readers.passwordHash(ana.id())).contains("new");
        assertThat(readers.countAdmins()).isEqualTo(2);
        assertThatThrownBy(() -> readers.setRole(999, Role.ADMIN)).hasMessage("there is no reader 999");
    }

    @OnEveryBackend
    void removingAReaderRemovesTheirBan(Backend backend) {
        ReaderStore readers = new ReaderStore(open(backend));
        Reader admin = readers.add("Admin", Role.ADMIN, "h", T0);
        Reader troll = readers.add("Troll", Role.MEMBER, "h", T0);
        Ban ban = new Ban(troll.id(), admin.id(), "spam ✗", at(1), at(60));

        readers.ban(ban);

        assertThat(readers.findBan(troll.id())).contains(ban);
        Ban forever = new Ban(troll.id(), admin.id(), "again", at(2), null);
        readers.ban(forever);
        assertThat(readers.findBan(troll.id())).contains(forever);
        assertThat(readers.remove(troll.id())).isTrue();
        assertThat(readers.findBan(troll.id())).isEmpty();
        assertThat(readers.remove(troll.id())).isFalse();
    }

    @OnEveryBackend
    void liftsABanAndKeepsItWhenTheAdminIsRemoved(Backend backend) {
        ReaderStore readers = new ReaderStore(open(backend));
        Reader admin = readers.add("Admin", Role.ADMIN, "h", T0);
        Reader troll = readers.add("Troll", Role.MEMBER, "h", T0);
        readers.ban(new Ban(troll.id(), admin.id(), "spam", T0, null));

        readers.remove(admin.id());

        assertThat(readers.findBan(troll.id())).contains(new Ban(troll.id(), null, "spam", T0, null));
        assertThat(readers.unban(troll.id())).isTrue();
        assertThat(readers.unban(troll.id())).isFalse();
    }

    @OnEveryBackend
    void anInvitationMakesOneAccountWhileOpen(Backend backend) {
        Database database = open(backend);
        ReaderStore readers = new ReaderStore(database);
        InviteStore invites = new InviteStore(database);
        Reader admin = readers.add("Admin", Role.ADMIN, "h", T0);
        Invite invite = invites.add("token-hash", Role.MEMBER, admin.id(), T0, at(60));

        Optional<Reader> made = invites.accept("token-hash", "Cleo", "pw-hash", at(5));
        Optional<Reader> again = invites.accept("token-hash", "Dan", "pw-hash", at(6));

        assertThat(made).map(Reader::name).contains("Cleo");
        assertThat(made).map(Reader::role).contains(Role.MEMBER);
        assertThat(again).isEmpty();
        assertThat(invites.findByTokenHash("token-hash")).contains(
                new Invite(invite.id(), Role.MEMBER, admin.id(), T0, at(60), at(5), made.orElseThrow().id()));
        assertThat(readers.credentials("cleo")).map(ReaderStore.Credentials::passwordHash).contains("pw-hash");
    }

    @OnEveryBackend
    void anExpiredInvitationMakesNoAccount(Backend backend) {
        Database database = open(backend);
        InviteStore invites = new InviteStore(database);
        invites.add("token-hash", Role.ADMIN, null, T0, at(60));

        assertThat(invites.accept("token-hash", "Cleo", "h", at(60))).isEmpty();
        assertThat(invites.accept("other", "Cleo", "h", at(1))).isEmpty();
        assertThat(new ReaderStore(database).count()).isZero();
    }

    @OnEveryBackend
    void anInvitationForATakenNameFailsAndStaysOpen(Backend backend) {
        Database database = open(backend);
        new ReaderStore(database).add("Cleo", Role.MEMBER, "h", T0);
        InviteStore invites = new InviteStore(database);
        Invite invite = invites.add("token-hash", Role.MEMBER, null, T0, at(60));

        assertThatThrownBy(() -> invites.accept("token-hash", "cleo", "h", at(1)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DUPLICATE));
        assertThat(invites.list()).containsExactly(invite);
        assertThat(invites.remove(invite.id())).isTrue();
        assertThat(invites.list()).isEmpty();
    }

    @OnEveryBackend
    void settingsKeepTheLastValue(Backend backend) {
        SettingStore settings = new SettingStore(open(backend));

        assertThat(settings.get("public_mode")).isEmpty();
        settings.put("public_mode", "true");
        settings.put("public_mode", "false");

        assertThat(settings.get("public_mode")).contains("false");
    }
}
