package org.newsdesk.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsdesk.cli.Backend;
import org.newsdesk.readers.ArchivePolicy;

/**
 * Everything configurable, read once (from the command line and the environment) and then immutable.
 *
 * @param databaseUrl      a JDBC URL; null for the embedded SQLite file under {@code dataDir}
 * @param allowedAddresses private or loopback addresses or ranges that may be fetched (none by default)
 * @param refreshConcurrency how many sources are refreshed at once
 * @param archivePolicy    how long reading state keeps unread and read articles apart
 */
public record Config(
        Path dataDir,
        @Nullable String databaseUrl,
        @Nullable String databaseUser,
        @Nullable String databasePassword,
        String host,
        int port,
        List<String> allowedAddresses,
        int refreshConcurrency,
        long maxFetchBytes,
        Duration hostDelay,
        int maxReadsPerRefresh,
        @Nullable String llmUrl,
        @Nullable String llmModel,
        @Nullable String llmKey,
        ArchivePolicy archivePolicy) {

    /** Longest retention the variables take: a century, far past any real use, so a typo does not overflow. */
    static final int MAX_DAYS = 36_500;

    public Config {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(archivePolicy, "archivePolicy");
        Objects.requireNonNull(host, "host");
        allowedAddresses = List.copyOf(allowedAddresses);
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        if (refreshConcurrency < 1) throw new IllegalArgumentException("refreshConcurrency must be at least 1");
        if (maxFetchBytes < 1024) throw new IllegalArgumentException("maxFetchBytes must be at least 1024");
    }

    /** With the default archive policy: for tests and tools that don't care about retention. */
    public Config(Path dataDir, @Nullable String databaseUrl, @Nullable String databaseUser,
                  @Nullable String databasePassword, String host, int port, List<String> allowedAddresses,
                  int refreshConcurrency, long maxFetchBytes, Duration hostDelay, int maxReadsPerRefresh,
                  @Nullable String llmUrl, @Nullable String llmModel, @Nullable String llmKey) {
        this(dataDir, databaseUrl, databaseUser, databasePassword, host, port, allowedAddresses, refreshConcurrency,
                maxFetchBytes, hostDelay, maxReadsPerRefresh, llmUrl, llmModel, llmKey, ArchivePolicy.defaults());
    }

    /** The folder of the embedded store when none is given; the demo keeps its own, apart from real data. */
    static final Path DEFAULT_DATA = Path.of("data");
    static final Path DEMO_DATA = DEFAULT_DATA.resolve("demo");

    /** The configuration the global options and the environment describe. */
    static Config from(Backend.Options options, Map<String, String> env) {
        return from(options, env, DEFAULT_DATA);
    }

    static Config from(Backend.Options options, Map<String, String> env, Path defaultData) {
        List<String> allowed = new ArrayList<>(options.allowedAddresses());
        String fromEnv = env.get("NEWSDESK_ALLOW_ADDRESSES");
        if (fromEnv != null) for (String a : fromEnv.split(",")) if (!a.isBlank()) allowed.add(a.strip());
        Path dataDir = options.dataDir() != null ? options.dataDir() : defaultData;
        return new Config(dataDir, options.databaseUrl(), env.get("NEWSDESK_DATABASE_USER"),
                env.get("NEWSDESK_DATABASE_PASSWORD"), options.host(), options.port(), allowed,
                intOf(env, "NEWSDESK_REFRESH_CONCURRENCY", 4), intOf(env, "NEWSDESK_MAX_FETCH_MB", 10) * 1024L * 1024L,
                Duration.ofMillis(intOf(env, "NEWSDESK_HOST_DELAY_MS", 1000)), intOf(env, "NEWSDESK_MAX_READS_PER_REFRESH", 100),
                env.get("NEWSDESK_LLM_URL"), env.getOrDefault("NEWSDESK_LLM_MODEL", "llama3.1"), env.get("NEWSDESK_LLM_KEY"),
                archivePolicy(env));
    }

    /** The archive policy of {@code NEWSDESK_KEEP_UNREAD_DAYS} and {@code NEWSDESK_KEEP_READ_DAYS}. */
    static ArchivePolicy archivePolicy(Map<String, String> env) {
        ArchivePolicy defaults = ArchivePolicy.defaults();
        return new ArchivePolicy(Duration.ofDays(daysOf(env, "NEWSDESK_KEEP_UNREAD_DAYS", defaults.keepUnread())),
                Duration.ofDays(daysOf(env, "NEWSDESK_KEEP_READ_DAYS", defaults.keepRead())));
    }

    public Config withAllowedAddresses(List<String> more) {
        List<String> all = new ArrayList<>(allowedAddresses);
        all.addAll(more);
        return new Config(dataDir, databaseUrl, databaseUser, databasePassword, host, port, all, refreshConcurrency,
                maxFetchBytes, hostDelay, maxReadsPerRefresh, llmUrl, llmModel, llmKey, archivePolicy);
    }

    public Config withArchivePolicy(ArchivePolicy policy) {
        return new Config(dataDir, databaseUrl, databaseUser, databasePassword, host, port, allowedAddresses,
                refreshConcurrency, maxFetchBytes, hostDelay, maxReadsPerRefresh, llmUrl, llmModel, llmKey, policy);
    }

    public Config withHostDelay(Duration delay) {
        return new Config(dataDir, databaseUrl, databaseUser, databasePassword, host, port, allowedAddresses,
                refreshConcurrency, maxFetchBytes, delay, maxReadsPerRefresh, llmUrl, llmModel, llmKey, archivePolicy);
    }

    /** Secrets stay out of logs and messages. */
    @Override
    public String toString() {
        return "Config[dataDir=" + dataDir + ", database=" + (databaseUrl == null ? "embedded" : "external")
                + ", host=" + host + ", port=" + port + ", allowedAddresses=" + allowedAddresses
                + ", llm=" + (llmUrl == null ? "none" : llmUrl + " (" + llmModel + ")")
                + ", keepUnreadDays=" + archivePolicy.keepUnread().toDays() + ", keepReadDays=" + archivePolicy.keepRead().toDays() + "]";
    }

    private static long daysOf(Map<String, String> env, String name, Duration fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) return fallback.toDays();
        long days;
        try {
            days = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of days, was \"" + value + "\"");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException(name + " must be from 1 to " + MAX_DAYS + " days, was " + days);
        }
        return days;
    }

    private static int intOf(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was \"" + value + "\"");
        }
    }
}
