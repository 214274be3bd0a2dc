package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits a paragraph into sentences: OpenNLP's English model for English, punctuation rules for other languages
 * (there are no other models on Maven Central). Repairs the model's splits after abbreviations ("Jan. 5") and
 * before a lower-case continuation. Thread-safe.
 */
final class SentenceSplitter {

    private static final Pattern RULE = Pattern.compile("[^.!?。！？]+(?:[.!?。！？]+[\"”’»)]*|$)");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen",
            "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "corp", "co", "ltd", "jr", "sr", "rev", "hon",
            "mt", "ft", "approx", "dept", "est", "fig", "al");

    private final ThreadSafeSentenceDetectorME english;
    private final WordTokenizer tokenizer;

    SentenceSplitter(SentenceModel englishModel, WordTokenizer tokenizer) {
        this.english = new ThreadSafeSentenceDetectorME(englishModel);
        this.tokenizer = tokenizer;
    }

    /** The sentences of one paragraph; {@code firstIndex} is the article-wide index of the first one. */
    List<Sentence> split(String paragraph, int paragraphIndex, int firstIndex, boolean isEnglish) {
        List<int[]> spans = isEnglish ? modelSpans(paragraph) : ruleSpans(paragraph);
        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (int[] s : repaired(paragraph, spans)) {
            String text = paragraph.substring(s[0], s[1]);
            sentences.add(new Sentence(paragraphIndex, firstIndex + sentences.size(), s[0], s[1], text,
                    tokenizer.tokenize(paragraph, s[0], s[1])));
        }
        return sentences;
    }

    private List<int[]> modelSpans(String paragraph) {
        List<int[]> spans = new ArrayList<>();
        for (Span span : english.sentPosDetect(paragraph)) spans.add(new int[] {span.getStart(), span.getEnd()});
        return spans;
    }

    private static List<int[]> ruleSpans(String paragraph) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = RULE.matcher(paragraph);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (start < end && Character.isWhitespace(paragraph.charAt(start))) start++;
            while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) end--;
            if (end > start) spans.add(new int[] {start, end});
        }
        return spans;
    }

    /** Joins a split that cut after an abbreviation or before a word that does not open a sentence. */
    private static List<int[]> repaired(String paragraph, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            if (!out.isEmpty() && continues(paragraph, out.getLast(), span)) {
                out.getLast()[1] = span[1];
            } else {
                out.add(span.clone());
            }
        }
        return out;
    }

    private static boolean continues(String paragraph, int[] previous, int[] next) {
        char first = paragraph.charAt(next[0]);
        if (Character.isLowerCase(first) || Character.isDigit(first)) return true;
        String before = paragraph.substring(previous[0], previous[1]);
        if (!before.endsWith(".")) return false;
        int word = before.length() - 1;
        while (word > 0 && Character.isLetter(before.charAt(word - 1))) word--;
        String last = before.substring(word, before.length() - 1).toLowerCase(java.util.Locale.ROOT);
        boolean initial = last.length() == 1 && Character.isUpperCase(before.charAt(word));
        return ABBREVIATIONS.contains(last) || initial;
    }
}
