package org.newsdesk.understand;

import java.util.regex.Pattern;

/**
 * Tells page furniture from news: "Sign up for our newsletter", "Read more:", credits, copyright lines. The patterns
 * live in {@code boilerplate.txt}. Thread-safe.
 */
final class Boilerplate {

    private final Pattern pattern;

    Boilerplate() {
        this.pattern = Pattern.compile(String.join("|", Lexicon.lines("boilerplate.txt").stream()
                .map(p -> "(?:" + p + ")").toList()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean isBoilerplate(String sentence) {
        return pattern.matcher(sentence.strip()).find();
    }
}
