package org.newsdesk.cluster;

/**
 * A minimal English stemmer: plural endings only ("quakes" and "quake" meet; "police" and "policy" do not).
 * Strong stemmers join words that news keeps apart.
 */
final class Stemmer {

    private Stemmer() {
    }

    static String stem(String word) {
        int n = word.length();
        if (n < 4 || word.charAt(n - 1) != 's') return word;
        if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")
                && (word.endsWith("shes") || word.endsWith("ches") || word.endsWith("xes") || word.endsWith("sses"))) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("us") || word.endsWith("ss") || word.endsWith("is")) return word;
        return word.substring(0, n - 1);
    }
}
