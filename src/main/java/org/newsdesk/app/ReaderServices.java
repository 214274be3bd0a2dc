package org.newsdesk.app;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.newsdesk.feed.OpmlCodec;
import org.newsdesk.ingest.PollSchedule;
import org.newsdesk.ingest.RefreshQueue;
import org.newsdesk.ingest.SourceResolver;
import org.newsdesk.ingest.SourceService;
import org.newsdesk.readers.Accounts;
import org.newsdesk.readers.AppPasswords;
import org.newsdesk.readers.ArchivePolicy;
import org.newsdesk.readers.CommentMarkdown;
import org.newsdesk.readers.CommentPolicy;
import org.newsdesk.readers.Comments;
import org.newsdesk.readers.CsrfTokens;
import org.newsdesk.readers.Invitations;
import org.newsdesk.readers.PasswordHasher;
import org.newsdesk.readers.ReadingState;
import org.newsdesk.readers.SavedSearches;
import org.newsdesk.readers.SignInGuard;
import org.newsdesk.readers.Subscriptions;
import org.newsdesk.store.AppPasswordStore;
import org.newsdesk.store.CommentStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.InviteStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.ReaderStore;
import org.newsdesk.store.ReadingStateStore;
import org.newsdesk.store.SavedSearchStore;
import org.newsdesk.store.SessionStore;
import org.newsdesk.store.SettingStore;
import org.newsdesk.store.SourceStore;
import org.newsdesk.store.SubscriptionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The readers' side of the composition root: accounts, sessions, app passwords, subscriptions, reading state,
 * comments and saved searches over the store, built once. Keeps reading state and sessions tidy on a timer while a
 * server runs. Thread-safe once built.
 */
final class ReaderServices implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReaderServices.class);
    private static final Duration HOUSEKEEPING_EVERY = Duration.ofHours(6);

    final ReaderStore readerStore;
    final ItemStore items;
    final Accounts accounts;
    final Invitations invitations;
    final AppPasswords appPasswords;
    final CsrfTokens csrf = new CsrfTokens();
    final ReadingState reading;
    final Subscriptions subscriptions;
    final Comments comments;
    final SavedSearches savedSearches;
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("newsdesk-housekeeping").factory());

    ReaderServices(Database database, SourceStore sources, SourceService sourceService, SourceResolver resolver,
                   PollSchedule schedule, RefreshQueue queue, ArchivePolicy policy, Clock clock) {
        readerStore = new ReaderStore(database);
        items = new ItemStore(database);
        SessionStore sessions = new SessionStore(database);
        PasswordHasher hasher = new PasswordHasher();
        SignInGuard guard = new SignInGuard(clock);
        accounts = new Accounts(readerStore, sessions, new SettingStore(database), hasher, guard, clock);
        invitations = new Invitations(new InviteStore(database), hasher, clock);
        appPasswords = new AppPasswords(new AppPasswordStore(database), readerStore, sessions, guard, clock);
        reading = new ReadingState(new ReadingStateStore(database), items, policy, clock);
        subscriptions = new Subscriptions(new SubscriptionStore(database), sources,
                new FollowedSources(sourceService, sources, resolver, schedule, queue, clock),
                new OpmlFiles(new OpmlCodec(), clock), reading, clock);
        comments = new Comments(new CommentStore(database), readerStore, new CommentMarkdown(), CommentPolicy.defaults(),
                clock);
        savedSearches = new SavedSearches(new SavedSearchStore(database), clock);
    }

    /**
     * Applies the archive policy to reading state and ends expired sessions: a minute after start (when the server
     * is up), then every few hours, so at least daily even on a server that sleeps.
     */
    void startHousekeeping() {
        housekeeping.scheduleWithFixedDelay(this::tidy, 1, HOUSEKEEPING_EVERY.toMinutes(), TimeUnit.MINUTES);
    }

    /** One round of housekeeping; a failure is logged and the next round tries again. */
    void tidy() {
        try {
            long started = System.nanoTime();
            int pairs = reading.prune();
            int sessions = accounts.removeExpiredSessions();
            log.info("reading state pruned reader_sources={} expired_sessions={} duration_ms={}", pairs, sessions,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("housekeeping failed; trying again in {} hours", HOUSEKEEPING_EVERY.toHours(), e);
        }
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
    }
}
