package org.newsdesk.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.store.RelatedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds each article's related articles ahead of reading and keeps them in the store, so that an article page
 * reads a list instead of running a "more like this" search per first view.
 *
 * <p>When: an article indexed by the pipeline is taken up after the commit that makes it searchable (before it,
 * the index does not know it). Its list is found, and so are again the lists of the articles it lists first: a new
 * article is most likely to belong among theirs, and those are the ones a reader following its related articles
 * meets. That bounds the work to {@value #NEIGHBOURS} + 1 searches per new or changed article; an older article
 * whose list a new one would have joined further down keeps its list until it is found again. Articles without a
 * list (stored before lists were kept, or whose turn was lost to a restart) are found by a backfill that walks them
 * in id order, in batches, after the fresh ones, with its progress in the log; their neighbours are left alone,
 * since a backfill finds everyone's list against the same index.
 *
 * <p>With {@link #start()} the work runs on one background thread (readers keep the other cores); without it, in
 * the thread that calls {@link #committed} (one-shot commands and tests). Thread-safe.
 */
public final class RelatedDesk implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RelatedDesk.class);

    /** Kept per article: a page shows five, and a reader who hides sources should still get five. */
    public static final int KEPT = 20;
    /** The articles a new one lists first, whose own lists are found again. */
    static final int NEIGHBOURS = 5;
    private static final int BATCH = 200;
    private static final Duration IDLE = Duration.ofSeconds(5);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);
    /**
     * How often the background thread looks again for articles without lists: another process (the CLI beside a
     * running server) may have stored some, which this process indexes when it reconciles its index.
     */
    private static final Duration BACKFILL_AGAIN = Duration.ofMinutes(15);

    private final RelatedStore store;
    private final SearchIndex index;
    private final Clock clock;
    /** Indexed by the pipeline, not yet committed. */
    private final Set<Long> indexed = ConcurrentHashMap.newKeySet();
    /** Committed, waiting for the background thread. */
    private final LinkedBlockingQueue<Long> fresh = new LinkedBlockingQueue<>();
    private volatile @Nullable Thread worker;
    private volatile boolean stopped;

    public RelatedDesk(RelatedStore store, SearchIndex index, Clock clock) {
        this.store = store;
        this.index = index;
        this.clock = clock;
    }

    /** An article was (re)indexed: its list is found after the next commit. */
    public void indexed(long articleId) {
        indexed.add(articleId);
    }

    /**
     * Takes the articles indexed so far. Call it right before committing the index and hand what it returns to
     * {@link #committed} after: whatever was indexed before the commit began is searchable after it.
     */
    public List<Long> takeIndexed() {
        List<Long> taken = new ArrayList<>();
        for (Long id : indexed) {
            if (indexed.remove(id)) taken.add(id);
        }
        return taken;
    }

    /** Articles the last commit made searchable: their lists are found now, or soon on the background thread. */
    public void committed(List<Long> articleIds) {
        if (articleIds.isEmpty()) return;
        if (worker == null) {
            try {
                refresh(articleIds);
            } catch (RuntimeException e) {
                // The articles are stored and searchable; their lists come with the next backfill.
                log.warn("finding related articles failed articles={}", articleIds.size(), e);
            }
        } else {
            fresh.addAll(articleIds);
        }
    }

    /**
     * Finds and keeps the lists of new or changed articles, then finds again those of the articles each lists
     * first. Articles not in the index are skipped. Returns the number of lists kept.
     */
    public int refresh(Collection<Long> articleIds) {
        Map<Long, List<Long>> found = new LinkedHashMap<>();
        for (Long id : new LinkedHashSet<>(articleIds)) find(id).ifPresent(list -> found.put(id, list));
        Set<Long> neighbours = new LinkedHashSet<>();
        for (List<Long> list : found.values()) {
            for (Long id : list.subList(0, Math.min(NEIGHBOURS, list.size()))) {
                if (!found.containsKey(id)) neighbours.add(id);
            }
        }
        for (Long id : neighbours) find(id).ifPresent(list -> found.put(id, list));
        store.keep(found, clock.instant());
        return found.size();
    }

    /**
     * Finds the list of every article that has none, in id order, {@code threads} searches at once; tells progress
     * after each batch. Returns the number of lists kept.
     */
    public long backfill(Progress progress, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        long total = store.countWithoutRelated();
        long done = 0;
        long after = Long.MIN_VALUE;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofVirtual().factory())) {
            while (true) {
                List<Long> batch = store.withoutRelated(after, BATCH);
                if (batch.isEmpty()) break;
                done += keepAll(batch, pool);
                after = batch.getLast();
                progress.advance(done, Math.max(total, done));
            }
        }
        return done;
    }

    /** Starts the background thread: committed articles first, then the backfill of articles without lists. */
    public void start() {
        worker = Thread.ofPlatform().name("newsdesk-related").daemon().start(this::run);
    }

    @Override
    public void close() {
        stopped = true;
        Thread running = worker;
        if (running == null) return;
        running.interrupt();
        try {
            running.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        Backfill backfill = new Backfill(store.countWithoutRelated());
        while (!stopped) {
            try {
                if (backfill.finished && System.nanoTime() - backfill.startedAt > BACKFILL_AGAIN.toNanos()) {
                    backfill = new Backfill(store.countWithoutRelated());
                }
                List<Long> committed = new ArrayList<>();
                if (backfill.finished) {
                    Long first = fresh.poll(IDLE.toMillis(), TimeUnit.MILLISECONDS);
                    if (first != null) committed.add(first);
                }
                fresh.drainTo(committed);
                if (!committed.isEmpty()) refresh(committed);
                if (!backfill.finished) backfill.next();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (stopped) return;
                log.warn("finding related articles failed; trying again shortly", e);
                sleep();
            }
        }
    }

    /** The background backfill, one batch at a time between the fresh articles. */
    private final class Backfill {
        final long total;
        final long startedAt = System.nanoTime();
        long after = Long.MIN_VALUE;
        long done;
        long loggedAt = startedAt;
        boolean finished;

        Backfill(long total) {
            this.total = total;
            this.finished = total == 0;
            if (total > 0) log.info("related articles backfill started articles={}", total);
        }

        void next() {
            List<Long> batch = store.withoutRelated(after, BATCH);
            if (!batch.isEmpty()) {
                done += keepAll(batch, null);
                after = batch.getLast();
            }
            finished = batch.size() < BATCH;
            if (finished || System.nanoTime() - loggedAt > LOG_EVERY.toNanos()) {
                loggedAt = System.nanoTime();
                log.info("related articles backfill done={} of={} finished={}", done, Math.max(total, done), finished);
            }
        }
    }

    /** Finds and keeps the lists of a batch, on the pool when given; returns how many were kept. */
    private int keepAll(List<Long> batch, @Nullable ExecutorService pool) {
        Map<Long, List<Long>> found = new LinkedHashMap<>();
        if (pool == null) {
            for (Long id : batch) find(id).ifPresent(list -> found.put(id, list));
        } else {
            List<Future<Optional<List<Long>>>> lists = new ArrayList<>();
            for (Long id : batch) lists.add(pool.submit(() -> find(id)));
            for (int i = 0; i < batch.size(); i++) {
                Optional<List<Long>> list = join(lists.get(i));
                if (list.isPresent()) found.put(batch.get(i), list.get());
            }
        }
        store.keep(found, clock.instant());
        return found.size();
    }

    private Optional<List<Long>> find(long articleId) {
        return index.relatedIds(articleId, KEPT);
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while finding related articles", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException("finding related articles failed", e.getCause());
        }
    }

    private void sleep() {
        try {
            Thread.sleep(IDLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
