package org.newsdesk.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark tool: near-copies of real articles, as outlets republish wire stories. For every article of a corpus
 * it writes the original and one to three copies (by different outlets), each with some of: a changed headline, outlet boilerplate before
 * and after (the same outlet's boilerplate on copies of different stories), sentences reordered, sentences
 * dropped, words reworded; some copies credit the original by canonical link or "originally published by". Usage:
 * {@code CopyCorpus IN_JSONL OUT_JSONL OUT_GOLD_TSV [SEED]}; the gold file holds id and family: an original, its
 * copies, and the originals that are already copies of one another in the input (see {@link #naturalFamilies});
 * OUT_GOLD_TSV.grey lists the pairs of families whose originals share 30–70% of their text: partial rewrites of
 * one wire story, neither clearly copies nor clearly not, left out of the scores.
 */
public final class CopyCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2024-03-01T06:00:00Z");

    static final List<String[]> OUTLETS = List.of(
            new String[] {"Harbor Times", "Subscribe to the Harbor Times for unlimited access to local news.",
                    "Copyright 2024 Harbor Times. All rights reserved. This material may not be published, broadcast,"
                            + " rewritten or redistributed without permission."},
            new String[] {"Valley Dispatch", "Advertisement", "Sign up for the Valley Dispatch morning newsletter to"
                    + " get the day's top stories in your inbox. Follow us on Facebook and Twitter."},
            new String[] {"Northfield Ledger", "Listen to this article. Estimated reading time: 4 minutes.",
                    "Have a news tip? Email the Northfield Ledger newsroom or call our hotline. Comments are"
                            + " moderated and may take a few minutes to appear."},
            new String[] {"Metro Daily", "Breaking news alert from Metro Daily.", "Read more: the latest headlines"
                    + " from Metro Daily. Download our app for breaking news alerts on your phone."},
            new String[] {"Coastal Courier", "", "Support independent journalism. Become a member of the Coastal"
                    + " Courier today and help us keep reporting the stories that matter to you."},
            new String[] {"River Post", "Updated moments ago", "Related coverage: more from our national desk."
                    + " Share this story with your friends. Report an error in this article."});

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("said", "stated"), Map.entry("says", "stated"), Map.entry("told", "informed"),
            Map.entry("police", "officers"), Map.entry("killed", "left dead"), Map.entry("people", "persons"),
            Map.entry("about", "roughly"), Map.entry("after", "following"), Map.entry("before", "prior to"),
            Map.entry("big", "large"), Map.entry("large", "big"), Map.entry("small", "minor"),
            Map.entry("began", "started"), Map.entry("started", "began"), Map.entry("attack", "assault"),
            Map.entry("announced", "revealed"), Map.entry("officials", "authorities"), Map.entry("also", "too"),
            Map.entry("because", "as"), Map.entry("help", "assist"), Map.entry("need", "require"),
            Map.entry("near", "close to"), Map.entry("home", "house"), Map.entry("car", "vehicle"),
            Map.entry("buy", "purchase"), Map.entry("show", "display"), Map.entry("however", "but"),
            Map.entry("many", "numerous"), Map.entry("several", "a number of"), Map.entry("died", "passed away"),
            Map.entry("arrested", "detained"), Map.entry("injured", "hurt"), Map.entry("hurt", "injured"),
            Map.entry("week", "seven days"), Map.entry("company", "firm"), Map.entry("government", "administration"),
            Map.entry("country", "nation"), Map.entry("city", "town"), Map.entry("team", "squad"),
            Map.entry("game", "match"), Map.entry("star", "celebrity"), Map.entry("statement", "release"));

    private CopyCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 7);
        List<String> lines = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).toList();
        Map<String, String> family = naturalFamilies(lines, Path.of(args[2] + ".grey"));
        int copies = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])));
             PrintWriter gold = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
            for (int n = 0; n < lines.size(); n++) {
                JsonNode d = JSON.readTree(lines.get(n));
                String id = d.get("id").asText();
                Instant published = START.plus(Duration.ofHours(6L * n));
                String source = publisher(d);
                String url = d.hasNonNull("url") ? d.get("url").asText()
                        : "https://" + source.toLowerCase().replace(' ', '-') + ".example/story/" + id;
                out.println(doc(id, d.get("title").asText(), d.get("text").asText(), published, url, source, null));
                gold.println(id + "\t" + family.get(id));
                int k = 1 + random.nextInt(3);
                List<String[]> outlets = new ArrayList<>(OUTLETS);
                java.util.Collections.shuffle(outlets, random);
                for (int c = 1; c <= k; c++) {
                    String[] outlet = outlets.get(c - 1);
                    String copyId = id + "-copy" + c;
                    Instant at = published.plus(Duration.ofMinutes(20 + random.nextInt(60 * 30)));
                    String text = rewrite(d.get("text").asText(), outlet, random);
                    String canonical = null;
                    double credit = random.nextDouble();
                    if (credit < 0.2) canonical = url;
                    else if (credit < 0.35) text = text + "\nThis story was originally published by " + source + ".";
                    out.println(doc(copyId, headline(d.get("title").asText(), text, random), text, at,
                            "https://" + outlet[0].toLowerCase().replace(' ', '-') + ".example/" + copyId, outlet[0],
                            canonical));
                    gold.println(copyId + "\t" + family.get(id));
                    copies++;
                }
            }
        }
        System.out.printf("wrote %d originals and %d copies%n", lines.size(), copies);
    }

    /** The original's publisher: its URL's host when known, else one of 40 made-up newsrooms. */
    static String publisher(JsonNode d) {
        if (d.hasNonNull("url")) {
            String host = java.net.URI.create(d.get("url").asText().replace(" ", "%20")).getHost();
            if (host != null) return host.startsWith("www.") ? host.substring(4) : host;
        }
        return "Newsroom " + Math.floorMod(d.get("id").asText().hashCode(), 40);
    }

    /**
     * The corpus's own copies: originals whose word 3-shingles overlap by 70% or more (of the shorter text) are one
     * family, named after the first of them. Real corpora hold syndicated copies; the gold must say so.
     */
    static Map<String, String> naturalFamilies(List<String> lines, Path greyOut) throws IOException {
        List<String> ids = new ArrayList<>();
        List<java.util.Set<String>> shingles = new ArrayList<>();
        for (String line : lines) {
            JsonNode d = JSON.readTree(line);
            ids.add(d.get("id").asText());
            shingles.add(shingles(d.get("text").asText()));
        }
        int[] parent = new int[ids.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        List<int[]> grey = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                double overlap = overlap(shingles.get(i), shingles.get(j));
                if (overlap >= 0.7) parent[root(parent, j)] = root(parent, i);
                else if (overlap >= 0.3) grey.add(new int[] {i, j});
            }
        }
        Map<String, String> family = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) family.put(ids.get(i), ids.get(root(parent, i)));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(greyOut))) {
            for (int[] pair : grey) {
                String a = family.get(ids.get(pair[0]));
                String b = family.get(ids.get(pair[1]));
                if (!a.equals(b)) out.println(a + "\t" + b);
            }
        }
        return family;
    }

    /** Word 3-shingles of a text, lower case. */
    static java.util.Set<String> shingles(String text) {
        String[] w = text.toLowerCase().split("[^\\p{L}\\p{N}]+");
        List<String> words = Arrays.stream(w).filter(x -> !x.isEmpty()).toList();
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 2 < words.size(); i++) out.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
        return out;
    }

    static double overlap(java.util.Set<String> a, java.util.Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        java.util.Set<String> small = a.size() <= b.size() ? a : b;
        java.util.Set<String> large = small == a ? b : a;
        long shared = small.stream().filter(large::contains).count();
        return (double) shared / small.size();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static String doc(String id, String title, String text, Instant published, String url, String source,
            String canonical) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("title", title);
        o.put("text", text);
        o.put("published", published.toString());
        o.put("url", url);
        o.put("source", source);
        if (canonical != null) o.put("canonical_url", canonical);
        return JSON.writeValueAsString(o);
    }

    /** A new headline: the old one reworded and shortened, or the text's second sentence, with a kicker. */
    static String headline(String title, String text, Random random) {
        String[] kickers = {"", "UPDATE: ", "Report: ", "Watch: ", "Breaking: "};
        String base = title;
        String[] sentences = text.split("\n");
        if (random.nextBoolean() && sentences.length > 1) base = sentences[1];
        String[] words = reword(base, random, 0.3).split(" ");
        int keep = Math.max(3, Math.min(words.length, 6 + random.nextInt(8)));
        return kickers[random.nextInt(kickers.length)] + String.join(" ", Arrays.copyOf(words, Math.min(keep, words.length)));
    }

    /** The text republished: some sentences dropped and reordered, words reworded, boilerplate around it. */
    static String rewrite(String text, String[] outlet, Random random) {
        List<String> sentences = new ArrayList<>(Arrays.asList(text.split("\n")));
        int droppable = sentences.size() >= 4 ? (int) (sentences.size() * (0.1 + 0.2 * random.nextDouble())) : 0;
        for (int i = 0; i < droppable; i++) sentences.remove(1 + random.nextInt(sentences.size() - 1));
        if (sentences.size() >= 3 && random.nextBoolean()) {
            int a = 1 + random.nextInt(sentences.size() - 1);
            int b = 1 + random.nextInt(sentences.size() - 1);
            String t = sentences.get(a);
            sentences.set(a, sentences.get(b));
            sentences.set(b, t);
        }
        double rewording = 0.05 + 0.15 * random.nextDouble();
        List<String> out = new ArrayList<>();
        if (!outlet[1].isEmpty() && random.nextBoolean()) out.add(outlet[1]);
        for (String s : sentences) out.add(reword(s, random, rewording));
        if (random.nextDouble() < 0.8) out.add(outlet[2]);
        return String.join("\n", out);
    }

    static String reword(String sentence, Random random, double share) {
        String[] words = sentence.split(" ");
        for (int i = 0; i < words.length; i++) {
            String replacement = SYNONYMS.get(words[i].toLowerCase());
            if (replacement != null && random.nextDouble() < Math.min(1, share * 4)) words[i] = replacement;
            else if (words[i].length() > 3 && random.nextDouble() < share / 3) words[i] = words[i] + "s";
        }
        return String.join(" ", words);
    }
}
