package org.newsdesk.understand;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.Quote;

/** The spans of one quotation while they are gathered: the halves around "she said", the paragraphs of a long one. */
final class QuoteGroup {

    private final Attribution attribution;
    private final List<String> parts = new ArrayList<>();
    private int paragraph;

    QuoteGroup(Attribution attribution) {
        this.attribution = attribution;
        this.paragraph = attribution.paragraph();
    }

    Attribution attribution() {
        return attribution;
    }

    /** The paragraph of the last span added. */
    int paragraph() {
        return paragraph;
    }

    void add(String span, int paragraphIndex) {
        String s = span.strip();
        if (!s.isEmpty()) parts.add(s);
        paragraph = paragraphIndex;
    }

    void emit(List<Quote> out) {
        String text = String.join(" ", parts);
        while (!text.isEmpty() && ",—–".indexOf(text.charAt(text.length() - 1)) >= 0) text = text.substring(0, text.length() - 1).strip();
        if (ReportedSpeech.words(text) >= 2) {
            out.add(new Quote(attribution.speaker().name(), text, attribution.verb(), false));
        }
    }
}
