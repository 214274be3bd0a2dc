package org.newsdesk.extract;

import java.nio.file.Path;

/**
 * Benchmark entry point: extracts a folder of saved pages, writes the predictions file and prints the
 * throughput. Usage: {@code ExtractionBenchmark INPUT_DIR OUTPUT_JSON [THREADS] [ROUNDS]}; with several rounds
 * the earlier ones warm the JVM up and the last is reported.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ExtractionBenchmark INPUT_DIR OUTPUT_JSON [THREADS] [ROUNDS]");
            System.exit(2);
        }
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        ExtractRun run = new ExtractRun(new ArticleExtractor());
        ExtractRun.Summary summary = null;
        for (int i = 0; i < rounds; i++) {
            summary = run.run(Path.of(args[0]), Path.of(args[1]), threads);
            System.out.printf("round %d: %d pages, %d failures, %d ms, %.1f pages/s%n", i + 1, summary.pages(),
                    summary.failures(), summary.millis(), summary.pagesPerSecond());
        }
    }
}
