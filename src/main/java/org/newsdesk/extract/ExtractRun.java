package org.newsdesk.extract;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.ArticleContent;

/**
 * Extracts every saved page in a folder and writes one JSON object keyed by file name:
 * {@code {"<name>": {"title", "author", "datePublished", "articleBody"}}}. Used by the {@code extract} command and
 * by the benchmarks. Thread-safe: each run uses its own pool.
 */
public final class ExtractRun {

    /** What a run did: how many pages, in how long. */
    public record Summary(int pages, int failures, long millis) {
        public double pagesPerSecond() {
            return millis == 0 ? 0 : pages * 1000.0 / millis;
        }
    }

    /** Told after each page, from worker threads. */
    @FunctionalInterface
    public interface Listener {
        void pageDone(int done, int total);
    }

    /** One page's fields as written to the output. */
    record Row(@Nullable String title, @Nullable String author, @Nullable String datePublished, String articleBody) {
    }

    private final ArticleExtractor extractor;

    public ExtractRun(ArticleExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * Extracts every {@code *.html}, {@code *.html.gz} and {@code *.txt} file of a folder into one JSON file.
     *
     * @param threads  pages extracted at once
     * @param progress told after each page how many are done, of how many
     */
    public Summary run(Path inputDir, Path outputJson, int threads, Listener progress) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        List<Path> files = pages(inputDir);
        long start = System.nanoTime();
        Map<String, Row> rows = new TreeMap<>();
        AtomicInteger done = new AtomicInteger();
        int failures = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Map.Entry<String, Row>>> futures = files.stream()
                    .map(f -> pool.submit(() -> {
                        Map.Entry<String, Row> row = extractOne(f);
                        progress.pageDone(done.incrementAndGet(), files.size());
                        return row;
                    }))
                    .toList();
            for (Future<Map.Entry<String, Row>> f : futures) {
                try {
                    Map.Entry<String, Row> e = f.get();
                    rows.put(e.getKey(), e.getValue());
                } catch (ExecutionException e) {
                    failures++;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("the extraction was interrupted", e);
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        write(rows, outputJson);
        return new Summary(rows.size(), failures, millis);
    }

    public Summary run(Path inputDir, Path outputJson, int threads) {
        return run(inputDir, outputJson, threads, (done, total) -> { });
    }

    static List<Path> pages(Path inputDir) {
        try (Stream<Path> s = Files.list(inputDir)) {
            return s.filter(Files::isRegularFile).filter(PageFile::isPage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the folder " + inputDir + ": " + e.getMessage(), e);
        }
    }

    private Map.Entry<String, Row> extractOne(Path file) {
        PageFile page = PageFile.read(file);
        ArticleContent c = page.plainText()
                ? extractor.extractText(page.content(), null)
                : extractor.extract(page.content(), page.url());
        Row row = new Row(c.title().isEmpty() ? null : c.title(), c.byline(),
                c.published() == null ? null : c.published().toString(),
                c.bodyText());
        return Map.entry(page.name(), row);
    }

    private static void write(Map<String, Row> rows, Path outputJson) {
        try (JsonGenerator g = new JsonFactory().createGenerator(outputJson.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            for (Map.Entry<String, Row> e : rows.entrySet()) {
                Row r = e.getValue();
                g.writeObjectFieldStart(e.getKey());
                g.writeStringField("title", r.title());
                g.writeStringField("author", r.author());
                g.writeStringField("datePublished", r.datePublished());
                g.writeStringField("articleBody", r.articleBody());
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outputJson + ": " + e.getMessage(), e);
        }
    }
}
