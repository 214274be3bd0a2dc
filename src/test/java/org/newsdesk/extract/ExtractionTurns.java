package org.newsdesk.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * Extraction against jsoup's bare parse in thread CPU time, in turns: parse every page, extract every page, for a
 * number of rounds; prints the medians of the last two thirds. Steadier than wall-clock time on a shared machine,
 * as other processes' time does not count. Not a unit test (see docs/BENCHMARKS.md):
 * {@code java -cp … org.newsdesk.extract.ExtractionTurns PAGES_DIR [ROUNDS] [LABEL]}.
 */
public final class ExtractionTurns {

    private ExtractionTurns() {
    }

    public static void main(String[] args) {
        List<PageFile> pages = ExtractRun.pages(Path.of(args[0])).stream().map(PageFile::read)
                .filter(p -> !p.plainText()).toList();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 45;
        String label = args.length > 2 ? args[2] : "";
        ArticleExtractor extractor = new ArticleExtractor();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> ratios = new ArrayList<>();
        List<Double> parses = new ArrayList<>();
        List<Double> extracts = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            for (PageFile p : pages) Parser.htmlParser().parseInput(p.content(), p.url().toString());
            long parsed = threads.getCurrentThreadCpuTime();
            for (PageFile p : pages) extractor.extract(p.content(), p.url());
            long extracted = threads.getCurrentThreadCpuTime();
            if (r < rounds / 3) continue; // warm-up: the compiler is still at work
            parses.add((parsed - start) / 1e6);
            extracts.add((extracted - parsed) / 1e6);
            ratios.add((double) (extracted - parsed) / (parsed - start));
        }
        System.out.printf("%s parse %.1f ms, extract %.1f ms, ratio %.3f (range %.2f–%.2f), after the parse %.1f ms%n",
                label, median(parses), median(extracts), median(ratios), Collections.min(ratios),
                Collections.max(ratios), median(extracts) - median(parses));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
