package org.newsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsdesk.cluster.ClusterDoc;
import org.newsdesk.cluster.ClusterSettings;
import org.newsdesk.cluster.StoryClusterer;
import org.newsdesk.cluster.StoryLedger;
import org.newsdesk.understand.SentenceEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cluster --input docs.jsonl --output clusters.tsv}: the clustering stage run offline on a file. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Fold copies and group articles into stories, offline, as the live pipeline does.",
                "Reads JSON lines with id, title, text and optional published (ISO-8601), url, source, "
                        + "canonical_url, links; writes id<TAB>storyId<TAB>copyOfId."})
final class ClusterCommand implements Callable<Integer> {

    /** Articles embedded together: the embedder sorts them by length, so a wider window pads less. */
    private static final int BATCH = 128;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "JSON lines, one article a line.")
    Path input = Path.of("");

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the TSV.")
    Path output = Path.of("");

    @Option(names = "--no-embeddings", description = "Cluster without sentence embeddings (faster, less accurate).")
    boolean noEmbeddings;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(input)) throw new IllegalArgumentException("cannot read the file " + input);
        List<ClusterDoc> docs = inPublishedOrder(read(input));
        SentenceEmbedder embedder = noEmbeddings ? null : new SentenceEmbedder();
        if (embedder != null) embedder.embed("warm up");
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        long threadCpuStarted = THREADS.getCurrentThreadCpuTime();
        long embedding = 0;
        StoryClusterer clusterer = new StoryClusterer(ClusterSettings.defaults());
        StoryLedger ledger = new StoryLedger();
        for (int from = 0; from < docs.size(); from += BATCH) {
            List<ClusterDoc> batch = docs.subList(from, Math.min(docs.size(), from + BATCH));
            if (embedder != null) {
                long t = System.nanoTime();
                batch = embedded(embedder, batch);
                embedding += System.nanoTime() - t;
            }
            for (ClusterDoc doc : batch) ledger.record(clusterer.add(doc));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
        double threadCpuSeconds = (THREADS.getCurrentThreadCpuTime() - threadCpuStarted) / 1e9;
        write(ledger, output);
        int n = Math.max(1, docs.size());
        System.err.printf("Clustered %d articles in %.2f s: %.0f articles/s (embeddings %.2f ms, clustering %.2f ms an"
                        + " article); processor time %.2f ms an article (%.2f ms on this thread), %.0f articles per CPU"
                        + " second; %d open stories.%n", docs.size(), seconds, docs.size() / seconds, embedding / 1e6 / n,
                (seconds * 1e9 - embedding) / 1e6 / n, cpuSeconds * 1e3 / n, threadCpuSeconds * 1e3 / n,
                docs.size() / Math.max(1e-9, cpuSeconds), clusterer.openStories());
        return 0;
    }

    /** CPU time of the whole process (every thread, the embedding runtime's too), to measure on a busy machine. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static List<ClusterDoc> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<ClusterDoc> docs = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String text; (text = reader.readLine()) != null; ) {
                line++;
                if (text.isBlank()) continue;
                docs.add(doc(json.readTree(text), file, line));
            }
        }
        return docs;
    }

    private static ClusterDoc doc(JsonNode node, Path file, int line) {
        String id = text(node, "id");
        if (id == null || id.isBlank()) throw new IllegalArgumentException(file + ":" + line + ": no id");
        List<String> links = new ArrayList<>();
        node.path("links").forEach(link -> links.add(link.asText()));
        String title = text(node, "title");
        String body = text(node, "text");
        return new ClusterDoc(id, title == null ? "" : title, body == null ? "" : body,
                published(text(node, "published"), file, line), text(node, "url"), text(node, "source"), null,
                text(node, "canonical_url"), links);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static @Nullable Instant published(@Nullable String value, Path file, int line) {
        if (value == null || value.isBlank()) return null;
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException(file + ":" + line + ": published is not ISO-8601: " + value);
            }
        }
    }

    /** Sorted by publication time; an article without one keeps its place after the article before it in the file. */
    private static List<ClusterDoc> inPublishedOrder(List<ClusterDoc> docs) {
        record Keyed(ClusterDoc doc, Instant at) {
        }
        List<Keyed> keyed = new ArrayList<>(docs.size());
        Instant previous = Instant.MIN;
        for (ClusterDoc doc : docs) {
            if (doc.published() != null) previous = doc.published();
            keyed.add(new Keyed(doc, previous));
        }
        keyed.sort(Comparator.comparing(Keyed::at));
        return keyed.stream().map(Keyed::doc).toList();
    }

    private static List<ClusterDoc> embedded(SentenceEmbedder embedder, List<ClusterDoc> batch) {
        List<float[]> vectors = embedder.embedAll(batch.stream().map(ClusterCommand::lead).toList(),
                ClusterDoc.EMBEDDING_TOKENS);
        List<ClusterDoc> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) out.add(batch.get(i).withEmbedding(vectors.get(i)));
        return out;
    }

    /** What the live pipeline embeds too: see {@link ClusterDoc#lead}. */
    static String lead(ClusterDoc doc) {
        return ClusterDoc.lead(doc.title(), doc.text());
    }

    private static void write(StoryLedger ledger, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (String id : ledger.articles()) {
                String copyOf = ledger.copyOf(id);
                out.print(id + "\t" + ledger.storyOf(id) + "\t" + (copyOf == null ? "" : copyOf) + "\n");
            }
        }
    }
}
