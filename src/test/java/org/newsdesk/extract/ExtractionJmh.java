package org.newsdesk.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.newsdesk.domain.ArticleContent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark: extracting every page of a folder against jsoup's bare parse of the same pages. Not a unit test;
 * run it with the folder as a parameter (see docs/BENCHMARKS.md):
 * {@code java -cp … org.openjdk.jmh.Main ExtractionJmh -p dir=/path/to/pages}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class ExtractionJmh {

    @Param("")
    public String dir;

    private List<PageFile> pages;
    private ArticleExtractor extractor;

    @Setup
    public void load() {
        if (dir.isEmpty()) throw new IllegalArgumentException("give the pages folder with -p dir=…");
        pages = ExtractRun.pages(Path.of(dir)).stream().map(PageFile::read).filter(p -> !p.plainText()).toList();
        extractor = new ArticleExtractor();
    }

    /** Time to parse every page with jsoup and nothing else. */
    @Benchmark
    public void parse(Blackhole sink) {
        for (PageFile p : pages) {
            Document doc = Parser.htmlParser().parseInput(p.content(), p.url().toString());
            sink.consume(doc);
        }
    }

    /** Time to extract every page: parse, metadata, body, sanitizing. */
    @Benchmark
    public void extract(Blackhole sink) {
        for (PageFile p : pages) {
            ArticleContent c = extractor.extract(p.content(), p.url());
            sink.consume(c);
        }
    }
}
