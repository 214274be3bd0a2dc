package org.newsdesk.understand;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsdesk.domain.Annotations;

/**
 * Scores the stage on a folder of pages with a {@code gold.json} (the format of the built-in gold set), to measure it
 * on held-out articles too: {@code GoldScore DIR [--problems]}.
 */
final class GoldScore {

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: GoldScore DIR [--problems]");
            System.exit(2);
        }
        Thread t = new Thread(null, () -> {
            GoldSet gold = GoldSet.load(Path.of(args[0]));
            Understanding understanding = new Understanding(new SentenceEmbedder());
            Map<String, Annotations> predicted = new LinkedHashMap<>();
            gold.articles().forEach((name, article) -> predicted.put(name, understanding.understand(article)));
            GoldScorer.Figures figures = new GoldScorer().score(gold, predicted);
            if (args.length > 1 && args[1].equals("--problems")) figures.problems().forEach(p -> System.out.println("  " + p));
            System.out.println(args[0] + " (" + gold.articles().size() + " articles): " + figures.summary());
        }, "gold-score", 64 << 20);
        t.start();
        t.join();
    }
}
