package org.newsdesk.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ContentOrigin;
import org.newsdesk.domain.NewArticle;

/**
 * Generates a large, repeatable corpus of news-like articles for benchmarks: words drawn with a Zipf-like skew so
 * that search terms have realistic frequencies, spread over sources, categories, tags and a month of time.
 */
final class SyntheticNews {

    private static final String[] WORDS = ("the of and to in a is that for on with as was said by at from his it an be has are "
            + "have its government minister council police city court president people year week officials report new "
            + "after market company workers strike storm election vote budget school hospital bridge museum port river "
            + "energy prices inflation bank trade talks union mayor governor senator judge trial investigation fire "
            + "earthquake flood heat wave rain drought farmers harvest factory jobs layoffs technology launch phone "
            + "software security breach hackers data privacy climate summit treaty border refugees aid health vaccine "
            + "virus study researchers university science space rocket satellite football cup final match team coach "
            + "player season league record crowd festival film music award theatre artist gallery exhibition book "
            + "author novel police arrest suspect charged protest march rally parliament opposition coalition deal "
            + "sanctions export import tariffs shares investors profit losses quarter growth recession housing rent "
            + "transport railway airport flights delays traffic accident rescue injured killed missing search").split(" ");
    private static final String[] CATEGORIES = {"World", "Politics", "Business", "Technology", "Science", "Health",
            "Sports", "Entertainment", "Local", "Climate"};

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tor", "vas", "bel", "cu", "dan", "el", "fir",
            "gol", "ha", "is", "jun", "ke", "lim", "mor", "nes", "ost", "pra", "qui", "ras", "sel", "tam", "ur", "vin",
            "wes", "xan", "yor", "zet", "bri", "cla", "dro", "fen", "gra"};
    /** The long tail of names and rare words real news has: without it every word is in every article. */
    private static final String[] RARE = rareWords(20_000);

    private final SplittableRandom random;
    private final Instant now;

    SyntheticNews(long seed, Instant now) {
        this.random = new SplittableRandom(seed);
        this.now = now;
    }

    private static String[] rareWords(int count) {
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder w = new StringBuilder();
            int n = i;
            do {
                w.append(SYLLABLES[n % SYLLABLES.length]);
                n /= SYLLABLES.length;
            } while (n > 0);
            w.append(SYLLABLES[(i * 7) % SYLLABLES.length]);
            words[i] = w.toString();
        }
        return words;
    }

    NewArticle next(long sourceId, int n) {
        String title = capitalised(words(6 + random.nextInt(6)));
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (int p = 0; p < 5 + random.nextInt(6); p++) {
            String paragraph = capitalised(words(25 + random.nextInt(40))) + ".";
            text.append(paragraph).append('\n');
            html.append("<p>").append(paragraph).append("</p>");
        }
        Instant published = now.minus(Duration.ofSeconds(random.nextLong(30L * 24 * 3600)));
        List<String> categories = List.of(CATEGORIES[random.nextInt(CATEGORIES.length)]);
        List<String> tags = new ArrayList<>();
        for (int t = 0; t < 3; t++) tags.add(capitalised(word()) + " " + capitalised(word()));
        ArticleContent content = new ArticleContent(title, List.of("Reporter " + random.nextInt(500)), published, null,
                null, "en", null, null, null, html.toString(), text.toString().strip(), tags, null, List.of());
        return new NewArticle(sourceId, "https://news" + sourceId + ".example.org/a/" + n, "synthetic-" + n,
                ContentOrigin.PAGE, published, categories, content);
    }

    String word() {
        double u = random.nextDouble();
        // Two words in three are common ones, skewed towards the first; the rest follow Zipf's law over the tail.
        if (random.nextInt(3) > 0) return WORDS[(int) (u * u * WORDS.length)];
        return RARE[(int) Math.min(RARE.length - 1, Math.exp(u * Math.log(RARE.length)) - 1)];
    }

    private String words(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) out.append(' ');
            out.append(word());
        }
        return out.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
