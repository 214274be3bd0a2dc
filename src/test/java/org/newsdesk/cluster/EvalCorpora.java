package org.newsdesk.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Benchmark tool, not product code: turns the shared evaluation sets into the {@code cluster} command's JSON lines
 * and gold files. Usage: {@code EvalCorpora EVAL_DIR OUT_DIR} (EVAL_DIR holds ecbplus/ and uci-news-aggregator/).
 * ECB+ articles have no headline: the first sentence stands in for it (the text keeps it, as a lead does).
 */
public final class EvalCorpora {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalCorpora() {
    }

    public static void main(String[] args) throws IOException {
        Path eval = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        int ecb = ecbplus(eval.resolve("ecbplus/ecbplus_dev_topics1-35.jsonl.gz"), out);
        int uci = uci(eval.resolve("uci-news-aggregator/uci-news-aggregator.partial-6366rows.csv.gz"), out);
        System.out.printf("wrote %d ECB+ and %d UCI articles to %s%n", ecb, uci, out);
    }

    static int ecbplus(Path gz, Path out) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        for (String line : lines(gz)) if (!line.isBlank()) docs.add(JSON.readTree(line));
        try (PrintWriter docsOut = writer(out.resolve("ecbplus.jsonl"));
             PrintWriter gold = writer(out.resolve("ecbplus-gold.jsonl"))) {
            for (JsonNode d : docs) {
                ObjectNode doc = JSON.createObjectNode();
                doc.put("id", d.get("doc_id").asText());
                doc.put("title", d.get("first_line").asText());
                doc.put("text", d.get("text").asText());
                if (!d.path("url").isNull() && d.has("url")) doc.put("url", d.get("url").asText());
                docsOut.println(JSON.writeValueAsString(doc));
                ObjectNode g = JSON.createObjectNode();
                g.put("doc_id", d.get("doc_id").asText());
                g.put("cluster", d.get("cluster").asText());
                g.put("topic", d.get("topic").asInt());
                gold.println(JSON.writeValueAsString(g));
            }
        }
        return docs.size();
    }

    static int uci(Path gz, Path out) throws IOException {
        List<String> rows = lines(gz);
        int n = 0;
        try (PrintWriter docsOut = writer(out.resolve("uci.jsonl"));
             PrintWriter gold = writer(out.resolve("uci-gold.jsonl"))) {
            for (List<String> f : Csv.parse(String.join("\n", rows.subList(1, rows.size())))) {
                if (f.size() < 8) continue;
                ObjectNode doc = JSON.createObjectNode();
                doc.put("id", f.get(0));
                doc.put("title", f.get(1));
                doc.put("text", "");
                doc.put("url", f.get(2));
                doc.put("source", f.get(3));
                doc.put("published", Instant.ofEpochMilli(Long.parseLong(f.get(7).strip())).toString());
                docsOut.println(JSON.writeValueAsString(doc));
                gold.println("{\"id\":" + JSON.writeValueAsString(f.get(0)) + ",\"cluster\":"
                        + JSON.writeValueAsString(f.get(5)) + "}");
                n++;
            }
        }
        return n;
    }

    static List<String> lines(Path gz) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    static PrintWriter writer(Path file) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            row.add(field.toString());
            if (row.size() > 1) rows.add(row);
            return rows;
        }
    }
}
