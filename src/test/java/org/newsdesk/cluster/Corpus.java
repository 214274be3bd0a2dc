package org.newsdesk.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.understand.SentenceEmbedder;

/** Benchmark tool: a JSON-lines corpus with its gold labels and (cached) lead embeddings. */
record Corpus(List<ClusterDoc> docs, Map<String, String> gold, Map<String, String> topic) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Corpus load(Path docsFile, Path goldFile, String idKey) throws IOException {
        List<ClusterDoc> docs = docs(docsFile);
        Map<String, String> gold = new HashMap<>();
        Map<String, String> topic = new HashMap<>();
        for (String line : Files.readAllLines(goldFile)) {
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            gold.put(n.get(idKey).asText(), n.get("cluster").asText());
            if (n.has("topic")) topic.put(n.get(idKey).asText(), n.get("topic").asText());
        }
        return new Corpus(docs, gold, topic);
    }

    /** The articles of a JSON-lines file, in file order. */
    static List<ClusterDoc> docs(Path docsFile) throws IOException {
        List<ClusterDoc> docs = new ArrayList<>();
        try (var lines = Files.lines(docsFile)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) continue;
                JsonNode n = JSON.readTree(line);
                String published = n.path("published").asText(null);
                docs.add(new ClusterDoc(n.get("id").asText(), n.path("title").asText(""), n.path("text").asText(""),
                        published == null ? null : Instant.parse(published), n.path("url").asText(null),
                        n.path("source").asText(null), null, n.path("canonical_url").asText(null), List.of()));
            }
        }
        return docs;
    }

    /** The same corpus with embeddings of each article's lead, read from the cache file or computed and cached. */
    Corpus embedded(Path cache) throws IOException {
        List<float[]> vectors = new ArrayList<>();
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
                int n = in.readInt();
                int dims = in.readInt();
                for (int i = 0; i < n; i++) {
                    float[] v = new float[dims];
                    for (int j = 0; j < dims; j++) v[j] = in.readFloat();
                    vectors.add(v);
                }
            }
        } else {
            SentenceEmbedder embedder = new SentenceEmbedder();
            // in windows of 128 articles, as the cluster command embeds them (the quantized model's vectors move a
            // little with the company a text keeps in its batch)
            int tokens = Integer.getInteger("leadTokens", ClusterDoc.EMBEDDING_TOKENS);
            for (int from = 0; from < docs.size(); from += 128) {
                vectors.addAll(embedder.embedAll(docs.subList(from, Math.min(docs.size(), from + 128)).stream()
                        .map(Corpus::lead).toList(), tokens));
            }
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cache)))) {
                out.writeInt(vectors.size());
                out.writeInt(vectors.get(0).length);
                for (float[] v : vectors) for (float x : v) out.writeFloat(x);
            }
        }
        List<ClusterDoc> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) out.add(docs.get(i).withEmbedding(vectors.get(i)));
        return new Corpus(out, gold, topic);
    }

    /** As the cluster command embeds: the title and the first 40 words of the text. */
    static String lead(ClusterDoc doc) {
        String joined = doc.title().isBlank() ? doc.text() : doc.title() + ". " + doc.text();
        int lead = Integer.getInteger("leadWords", 40);
        String[] words = joined.strip().split("\\s+", lead + 1);
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(words.length, lead)));
    }

    /** Runs the clusterer over the documents in the given order; returns id → final story id. */
    static Map<String, String> cluster(List<ClusterDoc> docs, ClusterSettings settings) {
        StoryClusterer clusterer = new StoryClusterer(settings);
        StoryLedger ledger = new StoryLedger();
        for (ClusterDoc d : docs) ledger.record(clusterer.add(d));
        Map<String, String> out = new HashMap<>();
        for (ClusterDoc d : docs) out.put(d.id(), ledger.storyOf(d.id()));
        return out;
    }
}
