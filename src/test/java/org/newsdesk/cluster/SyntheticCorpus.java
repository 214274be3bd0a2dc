package org.newsdesk.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark tool: a news stream of any size for speed runs. About 1,500 articles a day from 200 outlets; each event
 * has its own names, place and numbers on one of 40 themes and is covered for one to four days; a fifth of the
 * articles are wire copies. Usage: {@code SyntheticCorpus COUNT OUT_JSONL OUT_GOLD_JSONL [SEED]}.
 */
public final class SyntheticCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] COMMON = ("the of and to in a is that for on was with he as it by at from his "
            + "said were an are have has had its which but be this their they not after been more who also would "
            + "about two new first over into than other people there year years one last time could when up out "
            + "officials state government city country police report reports week told many three since while "
            + "between during some before most under against where local national public since early later "
            + "statement spokesman percent million according including however both several among area region "
            + "still expected department according during announced months days meeting plans support former "
            + "authorities residents workers families community leaders members group office president minister "
            + "court case law market company prices share growth team season game night morning evening hours").split(" ");
    private static final String[] SYLLABLES = ("ka ri to ma ne lo sa vi de ra mo li ta be no ga zu pe ko shi "
            + "an el or ix um ar en os ia et al ur in").split(" ");

    private SyntheticCorpus() {
    }

    record Event(String id, String theme, String[] names, String place, int[] numbers, String[] words, Instant start,
            int days) {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 1);
        String[][] themes = new String[40][];
        for (int t = 0; t < themes.length; t++) {
            themes[t] = new String[12];
            for (int w = 0; w < 12; w++) themes[t][w] = word(random, 2 + random.nextInt(2));
        }
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        double perSecond = 1500.0 / 86_400;
        List<Event> open = new ArrayList<>();
        List<String> recent = new ArrayList<>();
        int events = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])));
             PrintWriter gold = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
            for (int n = 0; n < count; n++) {
                Instant at = start.plusSeconds((long) (n / perSecond));
                open.removeIf(e -> e.start().plus(Duration.ofDays(e.days())).isBefore(at));
                if (open.isEmpty() || random.nextDouble() < 0.25) {
                    open.add(event("e" + events++, themes[random.nextInt(themes.length)], at, random));
                }
                Event e = open.get(random.nextInt(open.size()));
                String outlet = "Outlet " + random.nextInt(200);
                String id = "a" + n;
                String title;
                String text;
                if (!recent.isEmpty() && random.nextDouble() < 0.2) {
                    String[] copied = recent.get(random.nextInt(recent.size())).split("\t", 3);
                    e = open.stream().filter(x -> x.id().equals(copied[0])).findFirst().orElse(e);
                    title = copied[1];
                    text = copied[2] + "\nRead more from " + outlet + ".";
                    if (!e.id().equals(copied[0])) continue;
                } else {
                    title = sentence(e, random, 8).replace(".", "");
                    StringBuilder body = new StringBuilder();
                    int sentences = 8 + random.nextInt(20);
                    for (int s = 0; s < sentences; s++) body.append(sentence(e, random, 12 + random.nextInt(14))).append('\n');
                    text = body.toString().strip();
                    recent.add(e.id() + "\t" + title + "\t" + text);
                    if (recent.size() > 300) recent.remove(0);
                }
                ObjectNode o = JSON.createObjectNode();
                o.put("id", id);
                o.put("title", title);
                o.put("text", text);
                o.put("published", at.toString());
                o.put("url", "https://" + outlet.replace(' ', '-').toLowerCase() + ".example/" + id);
                o.put("source", outlet);
                out.println(JSON.writeValueAsString(o));
                gold.println("{\"id\":\"" + id + "\",\"cluster\":\"" + e.id() + "\"}");
            }
        }
        System.out.printf("wrote %d articles about %d events%n", count, events);
    }

    private static Event event(String id, String[] theme, Instant at, Random random) {
        String[] names = new String[4];
        for (int i = 0; i < names.length; i++) names[i] = capital(word(random, 2)) + " " + capital(word(random, 3));
        int[] numbers = {random.nextInt(100), 1900 + random.nextInt(130), random.nextInt(10_000)};
        String[] words = new String[6];
        for (int i = 0; i < words.length; i++) words[i] = word(random, 3);
        return new Event(id, theme[0], names, capital(word(random, 3)), numbers,
                concat(theme, words), at, 1 + random.nextInt(4));
    }

    private static String sentence(Event e, Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            double r = random.nextDouble();
            String w;
            if (r < 0.08) w = e.names()[random.nextInt(e.names().length)];
            else if (r < 0.11) w = e.place();
            else if (r < 0.13) w = Integer.toString(e.numbers()[random.nextInt(e.numbers().length)]);
            else if (r < 0.35) w = e.words()[random.nextInt(e.words().length)];
            else w = COMMON[(int) Math.min(COMMON.length - 1, Math.abs(random.nextGaussian()) * COMMON.length / 3)];
            if (i == 0) w = capital(w);
            b.append(i == 0 ? "" : " ").append(w);
        }
        return b.append('.').toString();
    }

    private static String word(Random random, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        return b.toString();
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
