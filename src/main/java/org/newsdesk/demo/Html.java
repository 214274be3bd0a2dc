package org.newsdesk.demo;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Escaping and the few markup pieces every outlet's pages share. Thread-safe: stateless. */
final class Html {
    /** The outlets are all in the fictional Aldercoast province, on Pacific time. */
    static final ZoneId ZONE = ZoneId.of("America/Vancouver");
    private static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH).withZone(ZONE);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a", Locale.ENGLISH).withZone(ZONE);

    private Html() {}

    /** Escapes text for HTML and XML content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes text content only: quotes stay as written, as most sites emit them. */
    static String text(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String longDate(Instant instant) {
        return LONG_DATE.format(instant);
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** The article body: paragraphs, with {@code ## } subheadings and {@code > } pull quotes. */
    static String body(List<String> paragraphs) {
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) out.append(block(p)).append('\n');
        return out.toString();
    }

    static String block(String paragraph) {
        if (paragraph.startsWith("## ")) return "<h2>" + text(paragraph.substring(3)) + "</h2>";
        if (paragraph.startsWith("> ")) {
            return "<blockquote class=\"pull-quote\"><p>" + text(paragraph.substring(2)) + "</p></blockquote>";
        }
        return "<p>" + text(paragraph) + "</p>";
    }

    static String figure(Story story, String figureClass) {
        Manuscript.Picture picture = story.manuscript().picture();
        if (picture == null || story.imageUrl() == null) return "";
        return """
                <figure class="%s"><img src="%s" alt="%s" width="480" height="270" loading="eager">
                <figcaption>%s <span class="credit">%s</span></figcaption></figure>
                """.formatted(figureClass, story.imageUrl(), escape(picture.caption()),
                escape(picture.caption()), escape(picture.credit()));
    }

    /** The canonical link a republishing outlet points at the wire original with, when it does. */
    static String canonical(Story story) {
        Manuscript.Republication rep = story.manuscript().republication();
        Story original = story.original();
        @Nullable URI target = rep != null && rep.canonical() && original != null ? original.url() : null;
        return target == null ? "" : "<link rel=\"canonical\" href=\"" + target + "\">\n";
    }

    static String wireNote(Story story, String cssClass) {
        Manuscript.Republication rep = story.manuscript().republication();
        Story original = story.original();
        if (rep == null || !rep.note() || original == null) return "";
        return "<p class=\"" + cssClass + "\">Originally published by <a href=\"" + original.url()
                + "\">Meridian Wire</a>.</p>\n";
    }

    /** The editor's note a corrected article carries, with the time of the correction. */
    static String editorNote(Edition edition, String cssClass) {
        if (edition.editorNote() == null || edition.updated() == null) return "";
        return "<p class=\"" + cssClass + "\"><em>" + escape(edition.editorNote()) + "</em> <time datetime=\""
                + edition.updated() + "\">" + dateTime(edition.updated()) + "</time></p>\n";
    }
}
