package org.newsdesk.readers;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.domain.Session;
import org.newsdesk.readers.ReaderException.Reason;
import org.newsdesk.store.ReaderStore;
import org.newsdesk.store.SessionStore;
import org.newsdesk.store.SettingStore;
import org.newsdesk.store.StoreException;

/**
 * Accounts and browser sessions: the first account (an admin), readers made by admins or by the operator, sign in
 * and out, passwords, the sessions a reader has, and the public-mode switch. Methods that take an acting reader
 * check that they may. Thread-safe.
 */
public final class Accounts {
    /** The cookie that carries a browser session's token; the web sets it Secure, HttpOnly and SameSite=Lax. */
    public static final String SESSION_COOKIE = "newsdesk_session";
    static final String PUBLIC_MODE = "public_mode";

    private static final String WRONG = "the name or the password is wrong";
    private static final long ACCOUNTS_KNOWN_NANOS = Duration.ofSeconds(2).toNanos();

    /** Whether accounts exist, as the store said after this process's {@code changes}-th reader change. */
    private record AccountsKnown(boolean exist, long changes, long at) {}

    private final ReaderStore readers;
    private final SessionStore sessions;
    private final SettingStore settings;
    private final PasswordHasher hasher;
    private final SignInGuard guard;
    private final SessionTokens tokens;
    private final Clock clock;
    private volatile @Nullable AccountsKnown accountsKnown;

    public Accounts(ReaderStore readers, SessionStore sessions, SettingStore settings, PasswordHasher hasher,
                    SignInGuard guard, Clock clock) {
        this.readers = Objects.requireNonNull(readers, "readers");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = new SessionTokens(sessions, readers, new Secrets(), clock);
    }

    /**
     * False until the first account is made: the web shows its first-run page meanwhile. Every web request asks, so
     * the answer is kept for {@link #ACCOUNTS_KNOWN_NANOS} unless this process added or removed a reader meanwhile
     * (a query each was a fifth of a kept page's cost); an account added by another process (the command line beside
     * a running server) counts that much later.
     */
    public boolean hasAccounts() {
        AccountsKnown known = accountsKnown;
        long changes = readers.changes();
        long now = System.nanoTime();
        if (known != null && known.changes() == changes && now - known.at() < ACCOUNTS_KNOWN_NANOS) return known.exist();
        boolean exist = readers.count() > 0;
        accountsKnown = new AccountsKnown(exist, changes, now);
        return exist;
    }

    /**
     * Makes the first account, an admin, from the first-run page.
     *
     * @throws ReaderException FORBIDDEN when an account exists already
     */
    public Reader createFirstAdmin(String name, String password) {
        String checked = Credentials.name(name);
        String hash = hasher.hash(Credentials.password(password));
        return readers.addFirst(checked, Role.ADMIN, hash, clock.instant()).orElseThrow(() ->
                new ReaderException(Reason.FORBIDDEN, "Newsdesk has an admin already: sign in, or ask an admin"));
    }

    /**
     * Makes an account as the operator (the command line): the first account is an admin whatever the role asked.
     *
     * @throws ReaderException TAKEN when the name is in use
     */
    public Reader create(String name, String password, Role role) {
        String checked = Credentials.name(name);
        String hash = hasher.hash(Credentials.password(password));
        Optional<Reader> first = readers.addFirst(checked, Role.ADMIN, hash, clock.instant());
        return first.orElseGet(() -> add(checked, role, hash));
    }

    /** An admin makes an account for someone. */
    public Reader create(Reader admin, String name, String password, Role role) {
        requireAdmin(admin);
        return add(Credentials.name(name), role, hasher.hash(Credentials.password(password)));
    }

    public Optional<Reader> find(long id) {
        return readers.find(id);
    }

    public Optional<Reader> findByName(String name) {
        return readers.findByName(name);
    }

    /** Every reader, by id. */
    public List<Reader> list() {
        return readers.list();
    }

    /**
     * Signs a reader in and starts a browser session.
     *
     * @param address the client's address, for the rate limit and the session list
     * @throws ReaderException SIGN_IN_FAILED when the name or the password is wrong (without saying which);
     *                         RATE_LIMITED after too many failures from the address or for the account
     */
    public SignedIn signIn(String name, String password, String address, @Nullable String userAgent) {
        Objects.requireNonNull(address, "address");
        String given = name == null ? "" : name.strip();
        guard.check(address, given);
        Optional<ReaderStore.Credentials> found = given.isEmpty() ? Optional.empty() : readers.credentials(given);
        boolean matches = found.isPresent() && password != null && hasher.matches(password, found.get().passwordHash());
        if (found.isEmpty() && password != null) hasher.checkDecoy(password);
        if (!matches) {
            guard.failed(address, given);
            throw new ReaderException(Reason.SIGN_IN_FAILED, WRONG);
        }
        guard.succeeded(given);
        return tokens.start(found.get().reader(), null, address, userAgent);
    }

    /** The reader a browser session cookie names, when the session is live. */
    public Optional<Authenticated> authenticate(@Nullable String sessionToken) {
        return tokens.find(sessionToken, false);
    }

    /** Ends the session the token names; signing out twice is harmless. */
    public void signOut(String sessionToken) {
        Objects.requireNonNull(sessionToken, "sessionToken");
        tokens.end(sessionToken);
    }

    /**
     * Changes the reader's password after checking the current one, and ends their other browser sessions.
     *
     * @param current the session making the change, kept; null to end them all
     */
    public void changePassword(Reader reader, @Nullable Session current, String currentPassword, String newPassword) {
        String hash = readers.passwordHash(reader.id()).orElseThrow(() -> notFound(reader.id()));
        if (currentPassword == null || !hasher.matches(currentPassword, hash)) {
            throw new ReaderException(Reason.SIGN_IN_FAILED, "the current password is wrong");
        }
        readers.setPasswordHash(reader.id(), hasher.hash(Credentials.password(newPassword)), clock.instant());
        sessions.removeBrowserSessions(reader.id(), current == null ? null : current.id());
    }

    /** The operator sets a reader's password (the command line), ending their browser sessions. */
    public void setPassword(String name, String newPassword) {
        Reader reader = readers.findByName(name).orElseThrow(() -> notFound(name));
        readers.setPasswordHash(reader.id(), hasher.hash(Credentials.password(newPassword)), clock.instant());
        sessions.removeBrowserSessions(reader.id(), null);
    }

    /** The reader's sessions, browser and API, most recently used first. */
    public List<Session> sessions(Reader reader) {
        return sessions.listByReader(reader.id());
    }

    /** @throws ReaderException NOT_FOUND when the reader has no such session */
    public void revokeSession(Reader reader, long sessionId) {
        if (!sessions.remove(reader.id(), sessionId)) {
            throw new ReaderException(Reason.NOT_FOUND, "you have no session #" + sessionId);
        }
    }

    /** An admin changes a reader's role; the last admin stays one. */
    public Reader setRole(Reader admin, long readerId, Role role) {
        requireAdmin(admin);
        Reader reader = readers.find(readerId).orElseThrow(() -> notFound(readerId));
        if (reader.isAdmin() && role != Role.ADMIN) requireAnotherAdmin(reader);
        readers.setRole(readerId, role);
        return readers.find(readerId).orElseThrow(() -> notFound(readerId));
    }

    /** An admin removes a reader with everything of theirs: sessions, subscriptions, reading state, comments. */
    public void remove(Reader admin, long readerId) {
        requireAdmin(admin);
        remove(readers.find(readerId).orElseThrow(() -> notFound(readerId)));
    }

    /** The operator removes a reader by name (the command line). */
    public Reader remove(String name) {
        Reader reader = readers.findByName(name).orElseThrow(() -> notFound(name));
        remove(reader);
        return reader;
    }

    /** Whether anyone may read without an account (members still sign in to comment). */
    public boolean publicMode() {
        return settings.get(PUBLIC_MODE).map(Boolean::parseBoolean).orElse(false);
    }

    public void setPublicMode(Reader admin, boolean on) {
        requireAdmin(admin);
        settings.put(PUBLIC_MODE, Boolean.toString(on));
    }

    /** Ends expired sessions; returns how many. */
    public int removeExpiredSessions() {
        return sessions.removeExpired(clock.instant());
    }

    /** @throws ReaderException FORBIDDEN unless the reader is an admin */
    public static void requireAdmin(Reader reader) {
        if (!reader.isAdmin()) throw new ReaderException(Reason.FORBIDDEN, "only an admin may do this");
    }

    private void remove(Reader reader) {
        if (reader.isAdmin() && readers.count() > 1) requireAnotherAdmin(reader);
        readers.remove(reader.id());
    }

    private void requireAnotherAdmin(Reader admin) {
        if (readers.countAdmins() <= 1) {
            throw new ReaderException(Reason.FORBIDDEN, admin.name() + " is the last admin: make another admin first");
        }
    }

    private Reader add(String name, Role role, String hash) {
        try {
            return readers.add(name, role, hash, clock.instant());
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.DUPLICATE) throw e;
            throw new ReaderException(Reason.TAKEN, "the name " + name + " is taken", e);
        }
    }

    static ReaderException notFound(Object reader) {
        return new ReaderException(Reason.NOT_FOUND, "there is no reader " + (reader instanceof Long ? "#" : "")
                + reader);
    }
}
