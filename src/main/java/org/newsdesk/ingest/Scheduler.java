package org.newsdesk.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.newsdesk.domain.Source;
import org.newsdesk.store.SourceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls each source when it is due, reading due times from the store so they survive restarts and so sources
 * added by another process (the CLI) are picked up. Refreshes run on virtual threads, a bounded number at once,
 * never two of one source. Thread-safe.
 */
public final class Scheduler implements RefreshQueue, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);
    /** How often the store is looked at even when nothing is due, to see changes made by other processes. */
    private static final Duration TICK = Duration.ofSeconds(5);

    private final SourceStore sources;
    private final Refresher refresher;
    private final Clock clock;
    private final int concurrency;
    private final Semaphore slots;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();
    private volatile boolean stopped;
    private volatile int due;
    private Thread loop = Thread.ofPlatform().unstarted(() -> {});

    public Scheduler(SourceStore sources, Refresher refresher, Clock clock, int concurrency) {
        if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        this.sources = sources;
        this.refresher = refresher;
        this.clock = clock;
        this.concurrency = concurrency;
        this.slots = new Semaphore(concurrency);
    }

    public void start() {
        loop = Thread.ofPlatform().name("newsdesk-scheduler").daemon().start(this::run);
    }

    @Override
    public void wake() {
        lock.lock();
        try {
            wakeUp.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int queued() {
        return Math.max(due, running.size());
    }

    private void run() {
        while (!stopped) {
            try {
                dispatchDue();
                sleepUntilNextDue();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("scheduler tick failed; trying again shortly", e);
                sleep(TICK);
            }
        }
    }

    private void dispatchDue() throws InterruptedException {
        var dueNow = sources.due(clock.instant(), concurrency * 4);
        due = dueNow.size();
        for (Source source : dueNow) {
            if (stopped) return;
            if (!running.add(source.id())) continue;
            slots.acquire();
            workers.submit(() -> refresh(source));
        }
    }

    private void refresh(Source source) {
        try {
            // Re-read: the source may have been refreshed or removed since it was listed.
            sources.find(source.id()).filter(s -> !s.polling().nextPollAt().isAfter(clock.instant()))
                    .ifPresent(refresher::refresh);
        } catch (RuntimeException e) {
            log.error("refresh failed source_id={}", source.id(), e);
        } finally {
            running.remove(source.id());
            slots.release();
            wake();
        }
    }

    private void sleepUntilNextDue() throws InterruptedException {
        Instant now = clock.instant();
        Duration wait = sources.nextDue()
                .map(next -> Duration.between(now, next))
                .filter(d -> d.compareTo(TICK) < 0)
                .orElse(TICK);
        if (wait.isNegative() || wait.isZero()) wait = Duration.ofSeconds(1); // the due ones are all running
        lock.lock();
        try {
            wakeUp.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            lock.unlock();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopped = true;
        loop.interrupt();
        // Running refreshes finish (their fetches have time-outs): interrupting them would close the search index's
        // files under Lucene (ClosedByInterruptException) and leave the index unusable until restart.
        workers.shutdown();
        try {
            if (!workers.awaitTermination(60, TimeUnit.SECONDS)) log.warn("refreshes still running at shutdown");
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
