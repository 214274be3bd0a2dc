package org.newsdesk.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code benchmark …}: the measurements recorded in docs/BENCHMARKS.md. */
@Command(name = "benchmark", mixinStandardHelpOptions = true, description = "Measure Newsdesk's speed.")
final class BenchmarkCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public void run() {
        if (spec != null) spec.commandLine().usage(System.out);
    }

    @Command(name = "web", mixinStandardHelpOptions = true,
            description = "Front page, article page and search latency over a synthetic corpus under concurrent clients.")
    static final class Web implements Callable<Integer> {
        @Option(names = "--articles", description = "Corpus size (default: ${DEFAULT-VALUE}); built once in --data (default target/bench-web).", defaultValue = "100000")
        int articles;

        @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).", defaultValue = "50")
        int clients;

        @Option(names = "--seconds", description = "Measured seconds per kind of request (default: ${DEFAULT-VALUE}).", defaultValue = "15")
        int seconds;

        @Option(names = "--warm-up", description = "Seconds of requests per kind before any is measured, for the compiler to finish (default: ${DEFAULT-VALUE}).", defaultValue = "30")
        int warmUpSeconds;

        @Option(names = "--kinds", split = ",", description = "Kinds of request measured, in order: static, front, article, search, and jdk-static (the static file through the JDK's HttpClient, to see what a request costs that client) (default: ${DEFAULT-VALUE}; one kind alone is for profiling it).",
                defaultValue = "static,front,article,search")
        java.util.List<String> kinds = java.util.List.of();

        private final NewsdeskCommand top;

        Web(NewsdeskCommand top) {
            this.top = top;
        }

        @Override
        public Integer call() {
            top.backend.benchmarkWeb(top.options(0, "127.0.0.1"), articles, clients, seconds, warmUpSeconds, kinds);
            return 0;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Demo articles per second ingested end to end, against fetching alone.")
    static final class Ingest implements Callable<Integer> {
        @Option(names = "--rounds", description = "Measured rounds after one warm-up (default: ${DEFAULT-VALUE}).", defaultValue = "5")
        int rounds;

        private final NewsdeskCommand top;

        Ingest(NewsdeskCommand top) {
            this.top = top;
        }

        @Override
        public Integer call() {
            top.backend.benchmarkIngest(top.options(0, "127.0.0.1"), rounds);
            return 0;
        }
    }
}
