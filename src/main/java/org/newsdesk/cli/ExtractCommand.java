package org.newsdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.extract.ArticleExtractor;
import org.newsdesk.extract.ExtractRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code extract}: runs the article extractor over a folder of saved pages, for benchmarks and users. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the article from every *.html, *.html.gz and *.txt file in a folder into one JSON file:"
                + " {\"<file name>\": {\"title\", \"author\", \"datePublished\", \"articleBody\"}}.")
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of saved pages.")
    Path input = Path.of(".");

    @Option(names = "--output", required = true, paramLabel = "FILE.json", description = "Where to write the results.")
    Path output = Path.of("extract.json");

    @Option(names = "--threads", paramLabel = "N", description = "Pages extracted at once (default: one a core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (!Files.isDirectory(input)) throw new IllegalArgumentException("no folder " + input);
        ProgressBar bar = new ProgressBar(System.err, "Extracting");
        ExtractRun.Listener progress = (done, total) -> {
            synchronized (bar) { // pages finish on several threads; the bar draws one line
                bar.advance(done, total);
            }
        };
        ExtractRun.Summary s = new ExtractRun(new ArticleExtractor()).run(input, output, threads, progress);
        System.err.printf("Extracted %d pages (%d failed) in %.1f s: %.0f pages/s, into %s.%n", s.pages(), s.failures(),
                s.millis() / 1000.0, s.pagesPerSecond(), output);
        return s.failures() == 0 ? 0 : 1;
    }
}
