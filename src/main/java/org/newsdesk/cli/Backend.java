package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsdesk.ingest.Reindexer;
import org.newsdesk.ingest.SourceService;
import org.newsdesk.readers.Accounts;
import org.newsdesk.readers.AppPasswords;
import org.newsdesk.readers.Subscriptions;

/**
 * What the commands need from the composition root, which implements it: services opened on the chosen store,
 * and the long-running modes. Keeps the CLI thin and free of wiring.
 */
public interface Backend {

    /**
     * Where the data lives and which addresses may be fetched, as the global options say.
     *
     * @param dataDir null when not given: each mode has its own default
     */
    record Options(@Nullable Path dataDir, @Nullable String databaseUrl, List<String> allowedAddresses, int port, String host) {
        public Options {
            allowedAddresses = List.copyOf(allowedAddresses);
        }
    }

    /** The services a one-shot command uses; closed when it ends. */
    interface Session extends AutoCloseable {
        SourceService sources();

        Reindexer reindexer();

        /** Readers' accounts, for {@code users}. */
        Accounts accounts();

        AppPasswords appPasswords();

        Subscriptions subscriptions();

        /** True when a running Newsdesk holds the search index: index work is left to it. */
        boolean serverRunning();

        @Override
        void close();
    }

    Session open(Options options);

    /** Runs Newsdesk until the process is stopped. */
    void serve(Options options);

    /** Runs the demo news network and Newsdesk subscribed to it until the process is stopped. */
    void demo(Options options);

    /** Measures demo articles per second ingested end to end, and prints the figures. */
    void benchmarkIngest(Options options, int rounds);

    /** Measures page and search latency over a synthetic corpus under concurrent clients, and prints the figures. */
    void benchmarkWeb(Options options, int articles, int clients, int seconds, int warmUpSeconds, java.util.List<String> kinds);
}
