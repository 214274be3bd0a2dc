package org.newsdesk.extract;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * Benchmark entry point. {@code ExtractionBenchmark INPUT_DIR OUTPUT_JSON [THREADS]} runs the extract command's
 * batch once and prints its throughput; {@code ExtractionBenchmark --speed INPUT_DIR [SECONDS]} loads the pages
 * into memory and measures single-threaded steady-state pages per second of extraction and of jsoup's bare parse,
 * after a warm-up of the same length.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("--speed")) {
            speed(Path.of(args[1]), args.length > 2 ? Double.parseDouble(args[2]) : 10);
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: ExtractionBenchmark INPUT_DIR OUTPUT_JSON [THREADS]");
            System.err.println("       ExtractionBenchmark --speed INPUT_DIR [SECONDS]");
            System.exit(2);
        }
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        ExtractRun.Summary summary = new ExtractRun(new ArticleExtractor()).run(Path.of(args[0]), Path.of(args[1]),
                threads);
        System.out.printf("%d pages, %d failures, %d ms, %.1f pages/s%n", summary.pages(), summary.failures(),
                summary.millis(), summary.pagesPerSecond());
    }

    private static void speed(Path dir, double seconds) {
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
        double e = measure("extract", extract, pages.size(), seconds);
        double b = measure("jsoup parse", parse, pages.size(), seconds);
        System.out.printf("extraction costs %.2f× a bare parse%n", b / e);
    }

    private static double measure(String label, Runnable round, int pages, double seconds) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        int rounds = 0;
        do {
            round.run();
            rounds++;
        } while (System.nanoTime() < deadline);
        double rate = rounds * pages / ((System.nanoTime() - start) / 1e9);
        System.out.printf("%-16s %8.1f pages/s (%d rounds)%n", label, rate, rounds);
        return rate;
    }
}
