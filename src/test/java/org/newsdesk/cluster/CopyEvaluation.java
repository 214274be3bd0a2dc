package org.newsdesk.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark tool: scores copy detection. Usage: {@code CopyEvaluation GOLD_TSV PRED_TSV [EVENT_GOLD_JSONL]}: gold is
 * id, family; predictions are the cluster command's id, story, copyOf. Predicted copy groups are an original with
 * everything credited to it; pairs inside a group are compared with pairs inside a family. With the event gold,
 * pairs whose originals belong to different events are counted apart: those must never happen.
 */
public final class CopyEvaluation {

    private CopyEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> family = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t");
            if (f.length >= 2) family.put(f[0], f[1]);
        }
        Map<String, String> group = new HashMap<>();
        Map<String, String> story = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] f = line.split("\t", -1);
            group.put(f[0], f.length > 2 && !f[2].isEmpty() ? f[2] : f[0]);
            story.put(f[0], f[1]);
        }
        Map<String, String> event = new HashMap<>();
        if (args.length > 2) {
            for (String line : Files.readAllLines(Path.of(args[2]))) {
                var n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
                event.put(n.get("doc_id").asText(), n.get("cluster").asText());
            }
        }
        System.out.println(score(family, group, event, grey(Path.of(args[0] + ".grey"))));
    }

    /** Pairs of families in the grey zone, as "a\tb" both ways. */
    static java.util.Set<String> grey(Path file) throws IOException {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (!Files.exists(file)) return out;
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split("\t");
            out.add(f[0] + "\t" + f[1]);
            out.add(f[1] + "\t" + f[0]);
        }
        return out;
    }

    static String score(Map<String, String> family, Map<String, String> group, Map<String, String> event,
            java.util.Set<String> grey) {
        List<String> ids = new ArrayList<>(family.keySet());
        ids.sort(null);
        long tp = 0, fp = 0, fn = 0, crossEvent = 0, credited = 0, families = 0, greyPairs = 0;
        Map<String, List<String>> byGroup = new HashMap<>();
        for (String id : ids) byGroup.computeIfAbsent(group.get(id), k -> new ArrayList<>()).add(id);
        for (List<String> members : byGroup.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    String a = family.get(members.get(i));
                    String b = family.get(members.get(j));
                    if (a.equals(b)) {
                        tp++;
                    } else if (grey.contains(a + "\t" + b)) {
                        greyPairs++;
                    } else {
                        fp++;
                        if (!event.isEmpty() && !event.get(a).equals(event.get(b))) crossEvent++;
                    }
                }
            }
        }
        Map<String, List<String>> byFamily = new HashMap<>();
        for (String id : ids) byFamily.computeIfAbsent(family.get(id), k -> new ArrayList<>()).add(id);
        for (var e : byFamily.entrySet()) {
            List<String> members = e.getValue();
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    if (!group.get(members.get(i)).equals(group.get(members.get(j)))) fn++;
                }
            }
            families++;
            if (members.stream().allMatch(m -> group.get(m).equals(e.getKey()))) credited++;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return String.format("copy pairs: precision %.4f recall %.4f F1 %.4f (tp %d fp %d fn %d; %d grey-zone pairs left out); pairs across events %d;"
                + " families fully credited to the true original %d/%d (%.1f%%)", p, r, 2 * p * r / (p + r), tp, fp, fn, greyPairs,
                crossEvent, credited, families, 100.0 * credited / families);
    }
}
