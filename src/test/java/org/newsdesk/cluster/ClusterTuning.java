package org.newsdesk.cluster;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark tool: scores the clusterer on a labelled corpus for many settings, in file order and in shuffled
 * orders. Usage: {@code ClusterTuning DOCS GOLD ID_KEY EMBEDDING_CACHE MODE [name=value…]} with MODE one of
 * {@code score} (the given settings), {@code grid} (a search around them), {@code features} (a CSV of the
 * article-to-gold-story similarity features, for fitting weights) or {@code trace} (each article's score and
 * features against its own event's story and the best other, then how alike the parts of each split event are).
 */
public final class ClusterTuning {

    private ClusterTuning() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("copies")) {
            copies(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), args);
            return;
        }
        Corpus corpus = Corpus.load(Path.of(args[0]), Path.of(args[1]), args[2]).embedded(Path.of(args[3]));
        String mode = args[4];
        Map<String, double[]> grid = new LinkedHashMap<>();
        Map<String, Double> overrides = new LinkedHashMap<>();
        for (int i = 5; i < args.length; i++) {
            String[] kv = args[i].split("=");
            double[] values = java.util.Arrays.stream(kv[1].split(",")).mapToDouble(Double::parseDouble).toArray();
            grid.put(kv[0], values);
            overrides.put(kv[0], values[0]);
        }
        ClusterSettings settings = with(ClusterSettings.defaults(), overrides);
        switch (mode) {
            case "score" -> score(corpus, settings, 5);
            case "halves", "quarters" -> {
                int parts = mode.equals("halves") ? 2 : 4;
                for (int parity = 0; parity < parts; parity++) {
                    int p = parity;
                    List<ClusterDoc> half = corpus.docs().stream()
                            .filter(d -> Integer.parseInt(corpus.topic().get(d.id())) % parts == p).toList();
                    System.out.print("topics = " + p + " mod " + parts + ", ");
                    score(new Corpus(half, corpus.gold(), corpus.topic()), settings, 3);
                }
            }
            case "grid" -> grid(corpus, grid, new LinkedHashMap<>(), new ArrayList<>(grid.keySet()));
            case "explain" -> explain(corpus, settings, args[5].split("=")[1]);
            case "confusion" -> confusion(corpus, settings);
            case "trace" -> trace(corpus, settings);
            case "features" -> features(corpus, settings, Path.of("target/cluster-eval/features.csv"));
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    static void score(Corpus corpus, ClusterSettings settings, int shuffles) {
        List<String> ids = corpus.docs().stream().map(ClusterDoc::id).toList();
        Scores inOrder = Scores.of(ids, corpus.gold(), Corpus.cluster(corpus.docs(), settings));
        System.out.println("file order: " + inOrder);
        double pf = 0;
        double bf = 0;
        for (int s = 0; s < shuffles; s++) {
            List<ClusterDoc> docs = new ArrayList<>(corpus.docs());
            Collections.shuffle(docs, new Random(s));
            Scores sc = Scores.of(ids, corpus.gold(), Corpus.cluster(docs, settings));
            pf += sc.pairwiseF1();
            bf += sc.bcubedF1();
            System.out.println("shuffle " + s + ": " + sc);
        }
        if (shuffles > 0) System.out.printf("shuffled mean: pairwise F1 %.4f BCubed F1 %.4f%n", pf / shuffles, bf / shuffles);
    }

    static void grid(Corpus corpus, Map<String, double[]> grid, Map<String, Double> chosen, List<String> left) {
        if (left.isEmpty()) {
            ClusterSettings settings = with(ClusterSettings.defaults(), chosen);
            List<String> ids = corpus.docs().stream().map(ClusterDoc::id).toList();
            Scores inOrder = Scores.of(ids, corpus.gold(), Corpus.cluster(corpus.docs(), settings));
            double pf = 0;
            double bf = 0;
            for (int s = 0; s < 3; s++) {
                List<ClusterDoc> docs = new ArrayList<>(corpus.docs());
                Collections.shuffle(docs, new Random(s));
                Scores sc = Scores.of(ids, corpus.gold(), Corpus.cluster(docs, settings));
                pf += sc.pairwiseF1() / 3;
                bf += sc.bcubedF1() / 3;
            }
            System.out.printf("%s  file: pw %.4f (P %.3f R %.3f) b3 %.4f | shuffled: pw %.4f b3 %.4f%n", chosen,
                    inOrder.pairwiseF1(), inOrder.pairwiseP(), inOrder.pairwiseR(), inOrder.bcubedF1(), pf, bf);
            return;
        }
        String name = left.get(0);
        for (double v : grid.get(name)) {
            Map<String, Double> next = new LinkedHashMap<>(chosen);
            next.put(name, v);
            grid(corpus, grid, next, left.subList(1, left.size()));
        }
    }

    /** For the first article of each gold event (or the one named): its heaviest terms and its best story's. */
    static void explain(Corpus corpus, ClusterSettings settings, String which) {
        Map<Long, String> words = new HashMap<>();
        for (ClusterDoc d : corpus.docs()) {
            for (String text : List.of(d.title(), d.text())) {
                Words w = Words.of(text);
                for (int i = 0; i < w.size(); i++) {
                    words.put(TermHash.of(Stemmer.stem(w.token(i))), w.token(i));
                    words.put(TermHash.of('@', w.token(i)), "@" + w.token(i));
                    if (i > 0) words.put(TermHash.of('@', w.token(i - 1) + ' ' + w.token(i)), "@" + w.token(i - 1) + "_" + w.token(i));
                }
            }
        }
        TermStatistics stats = new TermStatistics(settings.limits().termTableBits());
        Map<String, Story> gold = new LinkedHashMap<>();
        StorySimilarity sim = new StorySimilarity(settings);
        for (ClusterDoc d : corpus.docs()) {
            DocTerms raw = DocTerms.of(d, settings.copies().shingleWords());
            DocVectors v = stats.observe(raw, d, settings.similarity().namesIdfPower());
            String label = corpus.gold().get(d.id());
            if (d.id().startsWith(which + "_") && !gold.containsKey(label)) {
                System.out.println("== " + d.id() + " " + d.title());
                System.out.println("   names " + top(v.names(), words, 12));
                System.out.println("   body  " + top(v.body(), words, 12));
                for (var e : gold.entrySet()) {
                    if (!e.getKey().startsWith(which + "_")) continue;
                    double[] f = sim.features(v, e.getValue());
                    System.out.printf("   vs %s score %.3f feats %s%n", e.getKey(), sim.score(v, e.getValue()), java.util.Arrays.toString(f));
                    System.out.println("      names " + top(e.getValue().names(), words, 12));
                    System.out.println("      body  " + top(e.getValue().body(), words, 12));
                }
            }
            gold.computeIfAbsent(label, k -> new Story(k, 0)).add(v, settings.limits().centroidTerms(), 0);
        }
    }

    private static String top(SparseVector v, Map<Long, String> words, int n) {
        StringBuilder b = new StringBuilder();
        int[] order = v.heaviestFirst();
        for (int i = 0; i < Math.min(n, order.length); i++) {
            b.append(words.getOrDefault(v.key(order[i]), "?")).append(String.format(":%.2f ", v.value(order[i]) / v.norm()));
        }
        return b.toString();
    }

    /** Copy detection on a copy corpus: {@code copies DOCS GOLD_TSV EVENT_GOLD [name=value…]}. */
    static void copies(Path docsFile, Path goldFile, Path eventFile, String[] args) throws IOException {
        Map<String, Double> overrides = new LinkedHashMap<>();
        for (int i = 4; i < args.length; i++) {
            String[] kv = args[i].split("=");
            overrides.put(kv[0], Double.parseDouble(kv[1]));
        }
        ClusterSettings settings = with(ClusterSettings.defaults(), overrides);
        List<ClusterDoc> docs = new ArrayList<>(Corpus.load(docsFile, eventFile, "doc_id").docs());
        docs.sort(java.util.Comparator.comparing(d -> d.published()));
        StoryClusterer clusterer = new StoryClusterer(settings);
        StoryLedger ledger = new StoryLedger();
        long started = System.nanoTime();
        for (ClusterDoc d : docs) ledger.record(clusterer.add(d));
        double ms = (System.nanoTime() - started) / 1e6 / docs.size();
        Map<String, String> family = new HashMap<>();
        for (String line : Files.readAllLines(goldFile)) family.put(line.split("\t")[0], line.split("\t")[1]);
        Map<String, String> group = new HashMap<>();
        for (ClusterDoc d : docs) group.put(d.id(), ledger.copyOf(d.id()) == null ? d.id() : ledger.copyOf(d.id()));
        Map<String, String> event = new HashMap<>();
        for (String line : Files.readAllLines(eventFile)) {
            var n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            event.put(n.get("doc_id").asText(), n.get("cluster").asText());
        }
        System.out.printf("%s %s (%.2f ms an article)%n", overrides, CopyEvaluation.score(family, group, event, CopyEvaluation.grey(Path.of(goldFile + ".grey"))), ms);
    }

    /** Which gold events each predicted story mixes, and how each gold event was split (file order). */
    static void confusion(Corpus corpus, ClusterSettings settings) {
        Map<String, String> predicted = Corpus.cluster(corpus.docs(), settings);
        Map<String, Map<String, Integer>> byStory = new java.util.TreeMap<>();
        Map<String, Map<String, Integer>> byGold = new java.util.TreeMap<>();
        for (ClusterDoc d : corpus.docs()) {
            String g = corpus.gold().get(d.id());
            String p = predicted.get(d.id());
            byStory.computeIfAbsent(p, k -> new java.util.TreeMap<>()).merge(g, 1, Integer::sum);
            byGold.computeIfAbsent(g, k -> new java.util.TreeMap<>()).merge(p, 1, Integer::sum);
        }
        byStory.forEach((p, m) -> { if (m.size() > 1) System.out.println("mixed story " + p + ": " + m); });
        byGold.forEach((g, m) -> { if (m.size() > 1) System.out.println("split event " + g + ": " + m); });
    }

    /**
     * For each article (file order), its score, time factor and features against the gold stories formed so far:
     * its own event's and the best other one, to see why an article starts a story of its own.
     */
    static void trace(Corpus corpus, ClusterSettings settings) {
        TermStatistics stats = new TermStatistics(settings.limits().termTableBits());
        StorySimilarity sim = new StorySimilarity(settings);
        Map<String, Story> gold = new LinkedHashMap<>();
        Map<String, String> predicted = Corpus.cluster(corpus.docs(), settings);
        Map<String, Story> made = new LinkedHashMap<>();
        Map<String, String> eventOf = new HashMap<>();
        for (ClusterDoc d : corpus.docs()) {
            DocVectors v = stats.observe(DocTerms.of(d, settings.copies().shingleWords()), d, settings.similarity().namesIdfPower());
            String label = corpus.gold().get(d.id());
            made.computeIfAbsent(predicted.get(d.id()), k -> new Story(k, 0)).add(v, settings.limits().centroidTerms(), 0);
            eventOf.put(predicted.get(d.id()), label);
            System.out.printf("%s %s %s%n", d.id(), label, d.title());
            String bestOther = null;
            double bestOtherScore = -1;
            for (var e : gold.entrySet()) {
                double score = sim.score(v, e.getValue());
                if (!e.getKey().equals(label) && score > bestOtherScore) {
                    bestOther = e.getKey();
                    bestOtherScore = score;
                }
            }
            for (String key : new String[] {label, bestOther}) {
                Story story = key == null ? null : gold.get(key);
                if (story == null) continue;
                double[] f = sim.features(v, story);
                System.out.printf("   %s %-26s score %.3f time %.2f %s%n", key.equals(label) ? "same " : "other", key,
                        sim.score(v, story), sim.timeFactor(v.published(), story.first(), story.last()),
                        java.util.Arrays.toString(java.util.Arrays.stream(f).mapToObj(x -> Double.isNaN(x) ? "-" : String.format("%.3f", x)).toArray()));
            }
            gold.computeIfAbsent(label, k -> new Story(k, 0)).add(v, settings.limits().centroidTerms(), 0);
        }
        for (Story a : made.values()) {
            for (Story b : made.values()) {
                if (a.id.compareTo(b.id) >= 0 || !eventOf.get(a.id).equals(eventOf.get(b.id))) continue;
                System.out.printf("split %s: %s (%d) vs %s (%d) score %.3f names %.3f body %.3f title %.3f%n", eventOf.get(a.id), a.id, a.size(), b.id,
                        b.size(), sim.score(a, b), cos(a.names(), b.names()), cos(a.body(), b.body()), cos(a.title(), b.title()));
            }
        }
    }

    private static double cos(SparseVector a, SparseVector b) {
        return a.isEmpty() || b.isEmpty() ? Double.NaN : a.dot(b) / (a.norm() * b.norm());
    }

    /** For each article, its similarity features to every gold story formed so far (in file order). */
    static void features(Corpus corpus, ClusterSettings settings, Path out) throws IOException {
        TermStatistics stats = new TermStatistics(settings.limits().termTableBits());
        StorySimilarity sim = new StorySimilarity(settings);
        Map<String, Story> gold = new LinkedHashMap<>();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.println("doc,topic,same,sametopic," + String.join(",", StorySimilarity.FEATURES) + ",size");
            for (ClusterDoc d : corpus.docs()) {
                DocVectors v = stats.observe(DocTerms.of(d, settings.copies().shingleWords()), d, settings.similarity().namesIdfPower());
                String label = corpus.gold().get(d.id());
                String topic = corpus.topic().getOrDefault(d.id(), "");
                for (var e : gold.entrySet()) {
                    double[] f = sim.features(v, e.getValue());
                    StringBuilder line = new StringBuilder(d.id() + "," + topic + "," + (e.getKey().equals(label) ? 1 : 0)
                            + "," + (e.getKey().split("_")[0].equals(topic) ? 1 : 0));
                    for (double x : f) line.append(String.format(",%.4f", x));
                    w.println(line.append(",").append(e.getValue().size()));
                }
                gold.computeIfAbsent(label, k -> new Story(k, 0)).add(v, settings.limits().centroidTerms(), 0);
            }
        }
    }

    /** The settings with named values replaced: how the benchmarks explore them. */
    static ClusterSettings with(ClusterSettings s, Map<String, Double> o) {
        var c = s.copies();
        var w = s.similarity();
        var d = s.decisions();
        var l = s.limits();
        return new ClusterSettings(
                new ClusterSettings.Copies((int) get(o, "shingleWords", c.shingleWords()),
                        (int) get(o, "minHashes", c.minHashes()), (int) get(o, "bandRows", c.bandRows()),
                        (int) get(o, "sketchSize", c.sketchSize()), (int) get(o, "minShingles", c.minShingles()),
                        get(o, "copyContainment", c.containment()), get(o, "copyCosine", c.cosine()),
                        (int) get(o, "boilerplateRepeats", c.boilerplateRepeats()),
                        (int) get(o, "recentArticles", c.recentArticles())),
                new ClusterSettings.Similarity(get(o, "titleWeight", w.titleWeight()),
                        get(o, "bodyWeight", w.bodyWeight()), get(o, "namesWeight", w.namesWeight()),
                        get(o, "embeddingWeight", w.embeddingWeight()), get(o, "numbersWeight", w.numbersWeight()),
                        get(o, "datesWeight", w.datesWeight()), get(o, "namesIdfPower", w.namesIdfPower()),
                        get(o, "averageLink", w.averageLink()),
                        Duration.ofMinutes((long) get(o, "timeGraceMinutes", w.timeGrace().toMinutes())),
                        Duration.ofMinutes((long) get(o, "timeDecayMinutes", w.timeDecay().toMinutes())),
                        get(o, "timeBoost", w.timeBoost())),
                new ClusterSettings.Decisions(get(o, "joinThreshold", d.joinThreshold()),
                        get(o, "mergeThreshold", d.mergeThreshold()), get(o, "headlineScale", d.headlineScale())),
                new ClusterSettings.Limits(
                        Duration.ofHours((long) get(o, "storyWindowHours", l.storyWindow().toHours())),
                        (int) get(o, "maxStories", l.maxStories()), (int) get(o, "queryTerms", l.queryTerms()),
                        (int) get(o, "postingsPerTerm", l.postingsPerTerm()), (int) get(o, "candidates", l.candidates()),
                        (int) get(o, "centroidTerms", l.centroidTerms()), (int) get(o, "termTableBits", l.termTableBits())));
    }

    private static double get(Map<String, Double> o, String name, double fallback) {
        return o.getOrDefault(name, fallback);
    }
}
