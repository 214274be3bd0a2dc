package org.newsdesk.cluster;

import java.util.Set;

/** English function words, and the words of news prose that say nothing about which event a text is about. */
final class Stopwords {

    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for",
            "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
            "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
            "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now",
            "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
            "own", "said", "same", "say", "says", "she", "should", "since", "so", "some", "still", "such",
            "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
            "this", "those", "though", "through", "to", "too", "under", "until", "up", "upon", "very", "was",
            "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why",
            "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "another",
            "many", "mr", "mrs", "ms", "new", "told", "according", "via", "per", "like", "around", "among",
            "two", "three", "first", "last", "year", "years", "time", "week", "day", "today", "yesterday",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "well", "get", "got",
            "make", "made", "back", "go", "going", "us", "let", "see", "seen", "way", "thing", "things",
            "don", "doesn", "didn", "isn", "wasn", "aren", "won", "can't", "ll", "ve", "re", "st", "th");

    private Stopwords() {
    }

    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
