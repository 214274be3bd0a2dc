package org.newsdesk.understand;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells page furniture from news: "Sign up for our newsletter", "Read more:", credits, copyright lines. The patterns
 * live in {@code boilerplate.txt}, written in lower case. Every sentence of every article is checked, so the check is
 * kept cheap: the sentence is lower-cased once (no case-insensitive matching, which folds each character at each
 * try), and the patterns anchored at the start are tried at the start only. Thread-safe.
 */
final class Boilerplate {

    private final Pattern atStart;
    private final Pattern anywhere;

    Boilerplate() {
        List<String> patterns = Lexicon.lines("boilerplate.txt");
        this.atStart = alternation(patterns.stream().filter(p -> p.startsWith("^")).map(p -> p.substring(1)).toList());
        this.anywhere = alternation(patterns.stream().filter(p -> !p.startsWith("^")).toList());
    }

    boolean isBoilerplate(String sentence) {
        String s = sentence.strip().toLowerCase(Locale.ROOT);
        return atStart.matcher(s).lookingAt() || anywhere.matcher(s).find();
    }

    private static Pattern alternation(List<String> patterns) {
        // "(^|\s)@\w" keeps its own anchor: with MULTILINE off, ^ still means the start of the sentence
        return Pattern.compile(String.join("|", patterns.stream().map(p -> "(?:" + p + ")").toList()));
    }
}
