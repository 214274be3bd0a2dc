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
