package org.newsdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code reindex}. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuild the search index from the store.")
final class ReindexCommand implements Callable<Integer> {

    private final NewsdeskCommand top;

    ReindexCommand(NewsdeskCommand top) {
        this.top = top;
    }

    @Override
    public Integer call() {
        try (Backend.Session session = top.backend.open(top.options(0, ""))) {
            if (session.serverRunning()) {
                throw new IllegalArgumentException("a running Newsdesk holds the search index of "
                        + (top.dataDir == null ? "data" : top.dataDir) + ": stop it first (it also rebuilds a stale index when it starts)");
            }
            long started = System.nanoTime();
            long count = session.reindexer().rebuild(new ProgressBar(System.out, "Indexing"));
            System.out.printf("Indexed %d articles in %.1f s.%n", count, (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }
}
