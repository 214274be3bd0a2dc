package org.newsdesk.cluster;

import java.util.Map;

/**
 * The dates a text mentions (months, days of months, years), as terms: articles about one event name the same
 * days, while two events of the same kind (two earthquakes, two elections) rarely do. This is how the text's own
 * calendar helps when articles carry no publication time. Reads the words already cut, so it costs one pass.
 */
final class DateMentions {

    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("jan", "jan"), Map.entry("january", "jan"), Map.entry("feb", "feb"), Map.entry("february", "feb"),
            Map.entry("mar", "mar"), Map.entry("march", "mar"), Map.entry("apr", "apr"), Map.entry("april", "apr"),
            Map.entry("may", "may"), Map.entry("jun", "jun"), Map.entry("june", "jun"), Map.entry("jul", "jul"),
            Map.entry("july", "jul"), Map.entry("aug", "aug"), Map.entry("august", "aug"), Map.entry("sep", "sep"),
            Map.entry("sept", "sep"), Map.entry("september", "sep"), Map.entry("oct", "oct"),
            Map.entry("october", "oct"), Map.entry("nov", "nov"), Map.entry("november", "nov"),
            Map.entry("dec", "dec"), Map.entry("december", "dec"));

    private DateMentions() {
    }

    interface Sink {
        void add(long key);
    }

    static void collect(Words words, Sink sink) {
        for (int i = 0; i < words.size(); i++) {
            String token = words.token(i);
            if (isYear(token)) {
                sink.add(TermHash.of('%', token));
                continue;
            }
            String month = MONTHS.get(token);
            if (month == null || !words.capitalised()[i]) continue;
            int day = day(words, i + 1);
            if (day == 0) day = day(words, i - 1);
            // "May" and "March" are words too: with a day they are dates
            if (day == 0 && (month.equals("may") || token.equals("march"))) continue;
            sink.add(TermHash.of('%', month));
            if (day > 0) sink.add(TermHash.of('%', month + day));
        }
    }

    private static boolean isYear(String token) {
        if (token.length() != 4 || !Character.isDigit(token.charAt(0))) return false;
        for (int i = 1; i < 4; i++) if (!Character.isDigit(token.charAt(i))) return false;
        return token.startsWith("18") || token.startsWith("19") || token.startsWith("20");
    }

    /** The day of month at position i (1 to 31, "5th" too), or 0. */
    private static int day(Words words, int i) {
        if (i < 0 || i >= words.size()) return 0;
        String t = words.token(i);
        int n = 0;
        int digits = 0;
        while (digits < t.length() && Character.isDigit(t.charAt(digits))) n = n * 10 + t.charAt(digits++) - '0';
        if (digits == 0 || digits > 2) return 0;
        String rest = t.substring(digits);
        if (!rest.isEmpty() && !rest.equals("st") && !rest.equals("nd") && !rest.equals("rd") && !rest.equals("th")) return 0;
        return n >= 1 && n <= 31 ? n : 0;
    }
}
