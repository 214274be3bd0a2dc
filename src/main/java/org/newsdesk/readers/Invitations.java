package org.newsdesk.readers;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Invite;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.readers.ReaderException.Reason;
import org.newsdesk.store.InviteStore;
import org.newsdesk.store.StoreException;

/** Admins invite people by link; a link makes one account while it is open. Thread-safe. */
public final class Invitations {
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);
    private static final Duration MAX_VALIDITY = Duration.ofDays(90);

    private final InviteStore invites;
    private final PasswordHasher hasher;
    private final Secrets secrets = new Secrets();
    private final Clock clock;

    public Invitations(InviteStore invites, PasswordHasher hasher, Clock clock) {
        this.invites = Objects.requireNonNull(invites, "invites");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An admin invites someone to join with a role, for a while (a week by default, at most 90 days). */
    public NewInvite invite(Reader admin, Role role, @Nullable Duration validFor) {
        Accounts.requireAdmin(admin);
        Duration validity = validFor == null ? DEFAULT_VALIDITY : validFor;
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new ReaderException(Reason.INVALID, "an invitation is valid for up to 90 days");
        }
        String token = secrets.token();
        var now = clock.instant();
        Invite invite = invites.add(Secrets.sha256(token), Objects.requireNonNull(role, "role"), admin.id(), now,
                now.plus(validity));
        return new NewInvite(invite, token);
    }

    /** The open invitation a link names, for the page that accepts it. */
    public Optional<Invite> findOpen(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 200) return Optional.empty();
        return invites.findByTokenHash(Secrets.sha256(token.strip())).filter(i -> i.openAt(clock.instant()));
    }

    /**
     * Makes the account an invitation offers; the web then signs the new reader in.
     *
     * @throws ReaderException NOT_FOUND when the invitation is unknown, used or expired; TAKEN when the name is
     */
    public Reader accept(String token, String name, String password) {
        String checkedName = Credentials.name(name);
        String hash = hasher.hash(Credentials.password(password));
        try {
            return invites.accept(Secrets.sha256(Objects.requireNonNull(token, "token").strip()), checkedName, hash,
                    clock.instant()).orElseThrow(() -> new ReaderException(Reason.NOT_FOUND,
                    "this invitation is unknown, used or expired: ask an admin for another"));
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.DUPLICATE) throw e;
            throw new ReaderException(Reason.TAKEN, "the name " + checkedName + " is taken", e);
        }
    }

    /** Every invitation, newest first, for admins. */
    public List<Invite> list(Reader admin) {
        Accounts.requireAdmin(admin);
        return invites.list();
    }

    public void revoke(Reader admin, long inviteId) {
        Accounts.requireAdmin(admin);
        if (!invites.remove(inviteId)) throw new ReaderException(Reason.NOT_FOUND, "there is no invitation #" + inviteId);
    }
}
