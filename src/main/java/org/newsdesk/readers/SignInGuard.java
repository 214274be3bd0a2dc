package org.newsdesk.readers;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Limits failed sign-ins per client address and per account name, so that passwords cannot be guessed at speed
 * from one address, nor one account from many. Shared by browser sign-in and the sync APIs' logins. Thread-safe.
 */
public final class SignInGuard {
    private final AttemptLimiter perAddress;
    private final AttemptLimiter perAccount;

    /** 20 failures per address and 5 per account in 15 minutes. */
    public SignInGuard(Clock clock) {
        this(20, 5, Duration.ofMinutes(15), clock);
    }

    public SignInGuard(int perAddress, int perAccount, Duration window, Clock clock) {
        this.perAddress = new AttemptLimiter(perAddress, window, clock);
        this.perAccount = new AttemptLimiter(perAccount, window, clock);
    }

    /** @throws ReaderException RATE_LIMITED when the address or the account has failed too often lately */
    void check(String address, String name) {
        Optional<Duration> wait = perAddress.blockedFor(address);
        if (wait.isEmpty()) wait = perAccount.blockedFor(account(name));
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            throw ReaderException.rateLimited("too many failed sign-ins: try again in " + minutes
                    + (minutes == 1 ? " minute" : " minutes"), wait.get());
        }
    }

    void failed(String address, String name) {
        perAddress.fail(address);
        perAccount.fail(account(name));
    }

    void succeeded(String name) {
        perAccount.forgive(account(name));
    }

    private static String account(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
