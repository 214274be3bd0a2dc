package org.newsdesk.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.newsdesk.domain.Article;

/**
 * A reproducible made-up news corpus for the search benchmark: words drawn from a Zipf law over a vocabulary of
 * real function words and invented content words, 50 sources, 30 categories, 300 tags, four languages and a year
 * of dates. Not thread-safe.
 */
final class SyntheticCorpus {

    static final int SOURCES = 50;
    static final int CATEGORIES = 30;
    static final int TAGS = 300;
    private static final String[] FUNCTION_WORDS = ("the of and to a in is that for on was with he it as at by "
            + "from his her they be this are have an which has said were not but had its their will been who one "
            + "after also more would new about over two people year last first police government minister")
            .split(" ");
    private static final String[] SYLLABLES = {"ba", "ri", "ton", "mel", "ca", "dor", "vi", "lan", "pe", "sto",
        "gra", "ne", "ful", "mo", "ker", "sa", "lin", "tu", "rad", "en", "cho", "mi", "ver", "quo", "zel"};
    private static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "en", "de", "fr", "es"};

    private final SplittableRandom random;
    private final String[] vocabulary;
    private final double[] cumulative;
    private final Instant now;

    SyntheticCorpus(long seed, int vocabularySize, Instant now) {
        this.random = new SplittableRandom(seed);
        this.now = now;
        this.vocabulary = vocabulary(vocabularySize);
        this.cumulative = zipf(vocabularySize, 1.05);
    }

    String word() {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) lo = mid + 1; else hi = mid;
        }
        return vocabulary[lo];
    }

    /** A word of middling frequency: what readers search for most (names, places, topics). */
    String topicWord() {
        return vocabulary[200 + random.nextInt(5_000)];
    }

    String words(int count) {
        StringBuilder out = new StringBuilder(count * 7);
        for (int i = 0; i < count; i++) {
            boolean sentence = i % 17 == 0;
            if (i > 0) out.append(sentence ? ". " : " ");
            String word = i % 9 == 4 ? topicWord() : word();
            out.append(sentence ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return out.toString();
    }

    static String sourceTitle(int source) {
        return "Source " + source + " " + (source % 2 == 0 ? "Times" : "Herald");
    }

    static String category(int n) {
        return "Category " + n;
    }

    static String tag(int n) {
        return "tag" + n;
    }

    Article article(long id) {
        int source = random.nextInt(SOURCES);
        List<String> categories = new ArrayList<>(List.of(category(skewed(CATEGORIES))));
        if (random.nextInt(4) == 0) categories.add(category(skewed(CATEGORIES)));
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) tags.add(tag(skewed(TAGS)));
        Instant published = now.minus(Duration.ofMinutes(random.nextLong(365L * 24 * 60)));
        return TestArticle.of(id, source).title(words(6 + random.nextInt(6)))
                .body(words(250 + random.nextInt(500))).by("Reporter " + random.nextInt(400))
                .categories(categories.toArray(String[]::new)).tags(tags.toArray(String[]::new))
                .language(LANGUAGES[random.nextInt(LANGUAGES.length)]).published(published.toString()).build();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A number below the bound, small ones more often, as a few categories hold most articles. */
    private int skewed(int bound) {
        return (int) Math.min(bound - 1, Math.floor(-Math.log(1 - random.nextDouble()) * bound / 4));
    }

    private String[] vocabulary(int size) {
        String[] words = new String[size];
        System.arraycopy(FUNCTION_WORDS, 0, words, 0, FUNCTION_WORDS.length);
        SplittableRandom wordRandom = new SplittableRandom(7);
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(FUNCTION_WORDS));
        for (int i = FUNCTION_WORDS.length; i < size; ) {
            StringBuilder word = new StringBuilder();
            for (int s = 2 + wordRandom.nextInt(3); s > 0; s--) word.append(SYLLABLES[wordRandom.nextInt(SYLLABLES.length)]);
            if (seen.add(word.toString())) words[i++] = word.toString();
        }
        return words;
    }

    private static double[] zipf(int size, double exponent) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 1; rank <= size; rank++) {
            sum += 1 / Math.pow(rank, exponent);
            cumulative[rank - 1] = sum;
        }
        return cumulative;
    }
}
