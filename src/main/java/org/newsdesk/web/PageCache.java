package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Rendered pages that every reader sees alike (the front page, articles, search results, listings), kept by address
 * while the data they show is unchanged, and for a few seconds at most. What is each reader's own (read and star
 * marks, the account menu, comments) comes in fragments of its own, so signed-in readers share these pages too;
 * access rules run before, and marking an article read after, as without the cache.
 *
 * <p>A page is kept while the data version is the one it was rendered at: the version changes with every change
 * to the search index, which ingesting articles, stories and labels ends with, and with every change made through
 * these pages (sources, stories). The age limit covers the rest: "5 minutes ago", counts beside the page.
 *
 * <p>When many readers ask for a page that is not kept, one renders it and the others wait for it, instead of
 * all rendering the same page at once.
 *
 * <p>A page is kept from the second time its address is asked for. Most search pages, and most articles of a
 * large store, are asked for once in a while: keeping each of them only filled the cache with pages nobody asked
 * for again, which lived long enough to be moved to the collector's old generation and collected there, at a
 * fifth of a search's cost. Thread-safe.
 */
final class PageCache {

    /** The pages kept are the web UI's: HTML in UTF-8, as {@link Templates} renders them. */
    private static final String HTML = "text/html; charset=utf-8";

    /** Slots for addresses asked for: 2^15, 256 KB. */
    private static final int ASKED_BITS = 15;

    private record Page(byte[] body, long version, Instant until) {}

    private final LongSupplier version;
    private final Duration maxAge;
    private final long maxBytes;
    private final Clock clock;
    private final Map<String, CompletableFuture<@Nullable Page>> pages = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    /**
     * The addresses asked for, by hash, one to a slot: a later address in the same slot takes it over, which only
     * means a page is kept from its third asking rather than its second.
     */
    private final AtomicLongArray asked = new AtomicLongArray(1 << ASKED_BITS);

    /**
     * @param version  the data version: changes whenever anything a kept page shows may have changed
     * @param maxBytes the most page bytes kept; the oldest pages go first
     */
    PageCache(LongSupplier version, Duration maxAge, long maxBytes, Clock clock) {
        this.version = version;
        this.maxAge = maxAge;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** The page handler, answering from the cache when it can. */
    Handler cached(Handler page) {
        return ctx -> serve(ctx, page);
    }

    /** Forgets every page: after a change the data version does not see. */
    void clear() {
        pages.clear();
        bytes.set(0);
    }

    private void serve(Context ctx, Handler page) throws Exception {
        String key = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        long current = version.getAsLong();
        while (true) {
            CompletableFuture<@Nullable Page> mine = new CompletableFuture<>();
            CompletableFuture<@Nullable Page> kept = pages.putIfAbsent(key, mine);
            if (kept == null) {
                render(ctx, page, key, mine, current, askedBefore(key));
                return;
            }
            Page found = await(kept);
            if (found != null && found.version() == current && clock.instant().isBefore(found.until())) {
                ctx.contentType(HTML).result(found.body());
                return;
            }
            // Out of date, or its renderer failed: the first to get here renders it again.
            if (pages.remove(key, kept) && found != null) bytes.addAndGet(-found.body().length);
        }
    }

    /**
     * Renders the page for this reader and for those asking for it meanwhile; keeps it when its address was asked
     * for before.
     */
    private void render(Context ctx, Handler page, String key, CompletableFuture<@Nullable Page> mine, long current,
                        boolean keep) throws Exception {
        Page rendered = null;
        try {
            page.handle(ctx);
            rendered = keepable(ctx, current);
        } finally {
            mine.complete(rendered);
            if (rendered == null || !keep) pages.remove(key, mine);
        }
        if (rendered != null && keep && bytes.addAndGet(rendered.body().length) > maxBytes) trim();
    }

    /** Whether the address was asked for before; notes that it now has been. */
    private boolean askedBefore(String key) {
        int hash = key.hashCode();
        int slot = (hash * 0x9E3779B9) >>> (Integer.SIZE - ASKED_BITS);
        long mark = 1L << Integer.SIZE | Integer.toUnsignedLong(hash);
        return asked.getAndSet(slot, mark) == mark;
    }

    /** The page just rendered, when it is a whole page to keep; a redirect or an error is not kept. */
    private @Nullable Page keepable(Context ctx, long current) throws Exception {
        InputStream result = ctx.resultInputStream();
        if (ctx.status() != HttpStatus.OK || result == null) return null;
        byte[] body = result.readAllBytes();
        ctx.result(body);
        return new Page(body, current, clock.instant().plus(maxAge));
    }

    /** Drops the oldest pages until those kept fill three quarters of the budget. */
    private synchronized void trim() {
        if (bytes.get() <= maxBytes) return;
        List<Map.Entry<String, Page>> done = new ArrayList<>();
        pages.forEach((key, future) -> {
            Page page = future.getNow(null);
            if (page != null) done.add(Map.entry(key, page));
        });
        done.sort(Comparator.comparing(e -> e.getValue().until()));
        for (Map.Entry<String, Page> entry : done) {
            if (bytes.get() <= maxBytes / 4 * 3) break;
            CompletableFuture<@Nullable Page> future = pages.get(entry.getKey());
            if (future != null && future.getNow(null) == entry.getValue() && pages.remove(entry.getKey(), future)) {
                bytes.addAndGet(-entry.getValue().body().length);
            }
        }
    }

    private static @Nullable Page await(CompletableFuture<@Nullable Page> kept) throws InterruptedException {
        try {
            return kept.get();
        } catch (ExecutionException e) {
            return null;
        }
    }
}
