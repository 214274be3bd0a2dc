package org.newsdesk.extract;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * Benchmark entry points for the extractor, run against a folder of saved pages:
 * <ul>
 *   <li>{@code ExtractionBenchmark INPUT_DIR OUTPUT_JSON [THREADS]}: the extract command's batch, once;</li>
 *   <li>{@code ExtractionBenchmark --speed INPUT_DIR [SECONDS]}: single-threaded steady state of extraction and
 *       of jsoup's bare parse, after a warm-up;</li>
 *   <li>{@code ExtractionBenchmark --compare INPUT_DIR [SECONDS] [NODE_HOME]}: the same steady state for
 *       Newsdesk and for Mozilla Readability.js in one run, then both whole cold runs (process start included),
 *       with their ratios. Readability is installed into NODE_HOME (default ~/.cache/newsdesk-bench).</li>
 * </ul>
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("--speed")) {
            speed(Path.of(args[1]), args.length > 2 ? Double.parseDouble(args[2]) : 10);
        } else if (args.length >= 2 && args[0].equals("--compare")) {
            Path home = args.length > 3 ? Path.of(args[3])
                    : Path.of(System.getProperty("user.home"), ".cache", "newsdesk-bench");
            compare(Path.of(args[1]), args.length > 2 ? Double.parseDouble(args[2]) : 10, home);
        } else if (args.length >= 2) {
            int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
            ExtractRun.Summary s = new ExtractRun(new ArticleExtractor()).run(Path.of(args[0]), Path.of(args[1]),
                    threads);
            System.out.printf("%d pages, %d failures, %d ms, %.1f pages/s%n", s.pages(), s.failures(), s.millis(),
                    s.pagesPerSecond());
        } else {
            System.err.println("usage: ExtractionBenchmark INPUT_DIR OUTPUT_JSON [THREADS]");
            System.err.println("       ExtractionBenchmark --speed INPUT_DIR [SECONDS]");
            System.err.println("       ExtractionBenchmark --compare INPUT_DIR [SECONDS] [NODE_HOME]");
            System.exit(2);
        }
    }

    /** Pages per second of wall-clock time and of the process's CPU time (steadier on a shared machine). */
    record Rate(double wall, double cpu) {
    }

    /** Steady-state pages per second of extraction; prints the bare-parse figure beside it. */
    private static Rate speed(Path dir, double seconds) {
        List<PageFile> pages = ExtractRun.pages(dir).stream().map(PageFile::read).toList();
        ArticleExtractor extractor = new ArticleExtractor();
        Runnable extract = () -> {
            for (PageFile p : pages) {
                if (p.plainText()) extractor.extractText(p.content(), null);
                else extractor.extract(p.content(), p.url());
            }
        };
        Runnable parse = () -> {
            for (PageFile p : pages) Parser.htmlParser().parseInput(p.content(), p.url().toString());
        };
        measure("warm-up extract", extract, pages.size(), seconds);
        measure("warm-up parse", parse, pages.size(), seconds);
        Rate e = measure("extract", extract, pages.size(), seconds);
        Rate b = measure("jsoup parse", parse, pages.size(), seconds);
        System.out.printf("extraction takes %.2f× the time of a bare jsoup parse (%.2f× in CPU time)%n",
                b.wall() / e.wall(), b.cpu() / e.cpu());
        return e;
    }

    private static void compare(Path dir, double seconds, Path nodeHome) {
        ReadabilityRunner readability = new ReadabilityRunner(nodeHome);
        readability.installIfMissing();
        Rate ours = speed(dir, seconds);
        ReadabilityRunner.Result steady = readability.measure(dir, seconds);
        System.out.printf("steady state, one thread: Newsdesk %.1f pages/s, Readability.js %.2f pages/s: %.1f×%n",
                ours.wall(), steady.steadyPagesPerSecond(), ours.wall() / steady.steadyPagesPerSecond());
        System.out.printf("  per CPU second: Newsdesk %.1f pages, Readability.js %.2f pages: %.1f×%n",
                ours.cpu(), steady.steadyPagesPerCpuSecond(), ours.cpu() / steady.steadyPagesPerCpuSecond());
        double coldOurs = wholeRun(dir);
        ReadabilityRunner.Result cold = readability.measure(dir, 0);
        System.out.printf("whole run, process start included: Newsdesk %.0f ms, Readability.js %.0f ms: %.1f×%n",
                coldOurs, cold.processMs(), cold.processMs() / coldOurs);
    }

    /**
     * Milliseconds for a fresh JVM to extract every page into a JSON file, as the extract command does: C1 only and
     * the class-data archive the launcher keeps, which a first, unmeasured run writes (as a user's first run does).
     */
    private static double wholeRun(Path dir) {
        try {
            Path archive = Files.createTempFile("newsdesk-extract", ".jsa");
            Files.delete(archive);
            runOnce(dir, archive);
            double ms = runOnce(dir, archive);
            Files.deleteIfExists(archive);
            return ms;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the extract run: " + e.getMessage(), e);
        }
    }

    private static double runOnce(Path dir, Path archive) throws IOException {
        Path out = Files.createTempFile("newsdesk-extract", ".json");
        String java = ProcessHandle.current().info().command().orElse("java");
        // C1 only: a one-shot batch finishes before C2's compilations would pay for themselves
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-cp", System.getProperty("java.class.path"),
                ExtractionBenchmark.class.getName(), dir.toString(), out.toString(),
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        long start = System.nanoTime();
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            if (p.waitFor() != 0) throw new IllegalStateException("the extract run failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        Files.deleteIfExists(out);
        return ms;
    }

    private static Rate measure(String label, Runnable round, int pages, double seconds) {
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        int rounds = 0;
        do {
            round.run();
            rounds++;
        } while (System.nanoTime() < deadline);
        Rate rate = new Rate(rounds * pages / ((System.nanoTime() - start) / 1e9),
                rounds * pages / ((processCpuNanos() - cpuStart) / 1e9));
        System.out.printf("%-16s %8.1f pages/s, %8.1f pages/CPU-s (%d rounds)%n", label, rate.wall(), rate.cpu(),
                rounds);
        return rate;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime();
    }
}
