package org.newsdesk.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The robots.txt rules of each site (scheme, host and port), loaded once and kept for a while. Thread-safe: when
 * several pages of one site are fetched at once, only one of them loads the site's robots.txt; the others wait.
 */
final class RobotsCache {

    /** Past this many sites, expired entries are dropped when a new one is added. */
    private static final int PRUNE_ABOVE = 4096;

    private record Entry(CompletableFuture<RobotsRules> rules, Instant expires) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Function<URI, RobotsRules> loader;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** @param loader fetches and parses the given robots.txt URL; it answers allow-all rather than fail */
    RobotsCache(Clock clock, Duration ttl, Function<URI, RobotsRules> loader) {
        this.clock = clock;
        this.ttl = ttl;
        this.loader = loader;
    }

    /** The rules that apply to the URL's site. */
    RobotsRules rulesFor(URI url) {
        String origin = origin(url);
        Instant now = clock.instant();
        CompletableFuture<RobotsRules> mine = new CompletableFuture<>();
        Entry entry = entries.compute(origin, (key, old) ->
                old != null && old.expires().isAfter(now) ? old : new Entry(mine, now.plus(ttl)));
        if (entry.rules() == mine) {
            if (entries.size() > PRUNE_ABOVE) entries.values().removeIf(e -> !e.expires().isAfter(now));
            load(origin, entry);
        }
        try {
            return entry.rules().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    private void load(String origin, Entry entry) {
        try {
            entry.rules().complete(loader.apply(URI.create(origin + "/robots.txt")));
        } catch (RuntimeException e) {
            // Not cached: the next page of the site tries again.
            entries.remove(origin, entry);
            entry.rules().completeExceptionally(e);
        }
    }

    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port < 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
