package org.newsdesk.cluster;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a text mentions (months, days of months, years), as terms: articles about one event name the same
 * days, while two events of the same kind (two earthquakes, two elections) rarely do. This is how the text's own
 * calendar helps when articles carry no publication time.
 */
final class DateMentions {

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s*(\\d{1,2})?(?:st|nd|rd|th)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    private DateMentions() {
    }

    interface Sink {
        void add(long key);
    }

    static void collect(String text, Sink sink) {
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            String month = m.group(1).toLowerCase(Locale.ROOT);
            String word = m.group().toLowerCase(Locale.ROOT);
            // "may" and "march" are words too: count them only with a day, or capitalised mid-text
            boolean ambiguous = month.equals("may") || word.startsWith("march") || word.startsWith("jan ");
            if (m.group(2) == null && (ambiguous || !Character.isUpperCase(m.group().charAt(0)))) continue;
            sink.add(TermHash.of('%', month));
            if (m.group(2) != null) sink.add(TermHash.of('%', month + Integer.parseInt(m.group(2))));
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            String month = m.group(2).toLowerCase(Locale.ROOT);
            sink.add(TermHash.of('%', month));
            sink.add(TermHash.of('%', month + Integer.parseInt(m.group(1))));
        }
        m = YEAR.matcher(text);
        while (m.find()) sink.add(TermHash.of('%', m.group(1)));
    }
}
