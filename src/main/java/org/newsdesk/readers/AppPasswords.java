package org.newsdesk.readers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.AppPassword;
import org.newsdesk.domain.Reader;
import org.newsdesk.readers.ReaderException.Reason;
import org.newsdesk.store.AppPasswordStore;
import org.newsdesk.store.ReaderStore;
import org.newsdesk.store.SessionStore;

/**
 * App passwords: what the sync apps (Google Reader and Fever clients) and feed readers sign in with, apart from the
 * sign-in password, each revocable alone. Thread-safe.
 */
public final class AppPasswords {
    private static final int MAX_LABEL = 100;
    /** Last use is written at most this often, so that Fever's key on every request does not write every time. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final AppPasswordStore passwords;
    private final ReaderStore readers;
    private final SignInGuard guard;
    private final SessionTokens tokens;
    private final Secrets secrets = new Secrets();
    private final Clock clock;

    public AppPasswords(AppPasswordStore passwords, ReaderStore readers, SessionStore sessions, SignInGuard guard,
                        Clock clock) {
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.readers = Objects.requireNonNull(readers, "readers");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = new SessionTokens(sessions, readers, secrets, clock);
    }

    /** Makes an app password; its secret is in the answer only. */
    public NewAppPassword create(Reader reader, String label) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty()) throw new ReaderException(Reason.INVALID, "give the app password a name, such as the app's");
        if (name.length() > MAX_LABEL) {
            throw new ReaderException(Reason.INVALID, "an app password's name has at most " + MAX_LABEL + " characters");
        }
        String secret = secrets.appPassword();
        AppPassword made = passwords.add(reader.id(), name, Secrets.sha256(secret),
                Secrets.sha256(feverKey(reader.name(), secret)), clock.instant());
        return new NewAppPassword(made, secret);
    }

    public List<AppPassword> list(Reader reader) {
        return passwords.listByReader(reader.id());
    }

    /** Revokes an app password; the apps signed in with it are signed out. */
    public void revoke(Reader reader, long appPasswordId) {
        if (!passwords.remove(reader.id(), appPasswordId)) {
            throw new ReaderException(Reason.NOT_FOUND, "you have no app password #" + appPasswordId);
        }
    }

    /**
     * Signs an app in with a name and app password (Google Reader's ClientLogin) and starts an API session, whose
     * token the app sends with each request.
     *
     * @throws ReaderException SIGN_IN_FAILED or RATE_LIMITED, as {@link Accounts#signIn} does
     */
    public SignedIn signIn(String name, String secret, String address, @Nullable String userAgent) {
        String given = name == null ? "" : name.strip();
        guard.check(address, given);
        Optional<Match> match = match(given, secret);
        if (match.isEmpty()) {
            guard.failed(address, given);
            throw new ReaderException(Reason.SIGN_IN_FAILED, "the name or the app password is wrong");
        }
        guard.succeeded(given);
        return tokens.start(match.get().reader(), match.get().password().id(), address, userAgent);
    }

    /** The reader an API session token names, while it is live and its app password stands. */
    public Optional<Authenticated> authenticate(@Nullable String apiToken) {
        return tokens.find(apiToken, true);
    }

    /** The reader a name and app password name (HTTP Basic authentication of feeds out). */
    public Optional<Reader> authenticate(String name, String secret) {
        return match(name == null ? "" : name.strip(), secret).map(Match::reader);
    }

    /** The reader an app password names, without a name (a feed URL's key). */
    public Optional<Reader> authenticateKey(@Nullable String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) return Optional.empty();
        return passwords.findBySecretHash(Secrets.sha256(secret.strip())).flatMap(this::use);
    }

    /** The reader a Fever api_key names: md5 of "name:app password", in hexadecimal. */
    public Optional<Reader> authenticateFever(@Nullable String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 100) return Optional.empty();
        return passwords.findByFeverKeyHash(Secrets.sha256(apiKey.strip().toLowerCase(Locale.ROOT))).flatMap(this::use);
    }

    private record Match(Reader reader, AppPassword password) {}

    private Optional<Match> match(String name, @Nullable String secret) {
        if (name.isEmpty() || secret == null || secret.isBlank() || secret.length() > 200) return Optional.empty();
        Optional<AppPassword> password = passwords.findBySecretHash(Secrets.sha256(secret.strip()));
        Optional<Reader> reader = password.flatMap(this::use);
        if (reader.isEmpty() || !reader.get().name().equalsIgnoreCase(name)) return Optional.empty();
        return Optional.of(new Match(reader.get(), password.get()));
    }

    private Optional<Reader> use(AppPassword password) {
        Instant now = clock.instant();
        Instant last = password.lastUsedAt();
        if (last == null || !last.plus(TOUCH_EVERY).isAfter(now)) passwords.touch(password.id(), now);
        return readers.find(password.readerId());
    }

    /** Fever clients compute md5("email:password"); here the name stands for the email. */
    static String feverKey(String name, String secret) {
        return Secrets.md5(name + ":" + secret);
    }
}
