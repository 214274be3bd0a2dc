package org.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.newsdesk.domain.Annotations;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.extract.ArticleExtractor;
import org.newsdesk.extract.PageFile;
import org.newsdesk.understand.SentenceEmbedder;
import org.newsdesk.understand.Understanding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code understand}: extracts every saved page of a folder and runs the understanding stage on it, writing one JSON
 * object keyed by file name (language, tags, categories, entities, quotes, summary). Prints how fast the stage ran.
 */
@Command(name = "understand", mixinStandardHelpOptions = true,
        description = "Extract and understand every *.html, *.html.gz and *.txt file of a folder into one JSON file.")
final class UnderstandCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "The folder of saved pages.")
    Path input = Path.of(".");

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The JSON file to write.")
    Path output = Path.of("understood.json");

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Articles understood at once (default: ${DEFAULT-VALUE}).")
    int threads = 1;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
            description = "Run the stage N times and report the last run, for benchmarks: the first runs warm the JVM up (default: ${DEFAULT-VALUE}).")
    int rounds = 1;

    /** One page's annotations and the processor time the stage took for it. */
    private record Outcome(String name, Annotations annotations, long cpuNanos) {
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isDirectory(input)) throw new IllegalArgumentException("no such folder: " + input);
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        if (rounds < 1) throw new IllegalArgumentException("--rounds must be at least 1, was " + rounds);
        long started = System.nanoTime();
        Map<String, ArticleContent> articles = extract(pages(input));
        long extracted = System.nanoTime();
        Understanding understanding = new Understanding(new SentenceEmbedder());
        long modelsLoaded = System.nanoTime();
        for (int i = 1; i < rounds; i++) understand(understanding, articles);
        long loaded = System.nanoTime();
        List<Outcome> outcomes = understand(understanding, articles);
        long done = System.nanoTime();
        write(outcomes);
        long cpu = outcomes.stream().mapToLong(Outcome::cpuNanos).sum();
        System.err.printf("Understood %d of %d articles in %.2f s with %d thread(s): %.1f articles/s; %.1f articles"
                        + " per processor-second (extraction %.2f s, loading the models %.2f s). Wrote %s%n",
                outcomes.size(), articles.size(), (done - loaded) / 1e9, threads, outcomes.size() / ((done - loaded) / 1e9),
                outcomes.size() / (cpu / 1e9), (extracted - started) / 1e9, (modelsLoaded - extracted) / 1e9, output);
        return outcomes.size() == articles.size() ? 0 : 1;
    }

    private static List<Path> pages(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(PageFile::isPage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, ArticleContent> extract(List<Path> files) {
        ArticleExtractor extractor = new ArticleExtractor();
        Map<String, ArticleContent> articles = new TreeMap<>();
        for (Path f : files) {
            try {
                PageFile page = PageFile.read(f);
                articles.put(page.name(), page.plainText() ? extractor.extractText(page.content(), null)
                        : extractor.extract(page.content(), page.url()));
            } catch (RuntimeException e) {
                System.err.println("skipped " + f.getFileName() + ": " + e.getMessage());
            }
        }
        return articles;
    }

    private List<Outcome> understand(Understanding understanding, Map<String, ArticleContent> articles)
            throws InterruptedException {
        List<Outcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Outcome>> futures = new ArrayList<>();
            articles.forEach((name, article) -> futures.add(pool.submit(() -> {
                long t = CPU.getCurrentThreadCpuTime();
                Annotations a = understanding.understand(article);
                return new Outcome(name, a, CPU.getCurrentThreadCpuTime() - t);
            })));
            for (Future<Outcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    System.err.println("failed: " + e.getCause());
                }
            }
        }
        return outcomes;
    }

    /** A JSON object with its fields in the order given. */
    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put(keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    private void write(List<Outcome> outcomes) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            Annotations a = o.annotations();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("language", a.language());
            m.put("tags", a.tags());
            m.put("categories", a.categories());
            m.put("entities", a.entities().stream().map(e -> ordered("name", e.name(), "type", e.type().name())).toList());
            m.put("quotes", a.quotes().stream().map(q -> ordered("speaker", q.speaker(), "text", q.text(), "verb", q.verb())).toList());
            m.put("summary", a.summary());
            json.put(o.name(), m);
        }
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(output.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }
}
