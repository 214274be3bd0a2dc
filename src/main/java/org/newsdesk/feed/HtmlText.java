package org.newsdesk.feed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Conversions between the text and the HTML a feed carries. Pure functions; thread-safe. */
final class HtmlText {

    /** Includes no-break and other Unicode spaces, which titles copied from word processors are full of. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern XHTML_START = Pattern.compile("\\s*<div\\b");
    private static final int TITLE_WORDS = 12;
    private static final int TITLE_CHARS = 100;

    private HtmlText() {}

    /** The visible text of an HTML fragment: tags stripped, entities decoded, whitespace collapsed. */
    static String text(@Nullable String html) {
        if (html == null) return "";
        // Most titles hold neither tags nor entities: skip the HTML parser for them (a 10,000-entry feed has many).
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) return collapse(html);
        return collapse(Jsoup.parseBodyFragment(html).text());
    }

    /** Plain text as HTML paragraphs: blank lines part paragraphs, single line breaks become {@code <br>}. */
    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (paragraph.isBlank()) continue;
            html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return html.toString();
    }

    /** Atom's XHTML content comes wrapped in one div that is not part of the content (RFC 4287 §4.1.3.3). */
    static String unwrapXhtml(String xhtml) {
        if (!XHTML_START.matcher(xhtml).lookingAt()) return xhtml;
        Document fragment = Jsoup.parseBodyFragment(xhtml);
        fragment.outputSettings().prettyPrint(false);
        Element body = fragment.body();
        boolean wrapped = body.childNodeSize() == 1 && body.child(0).tagName().equals("div");
        return wrapped ? body.child(0).html().strip() : xhtml;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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

    /** A title made of the first words of a text, for entries that have none: "Lorem ipsum dolor…". */
    static String firstWords(String text) {
        String[] words = collapse(text).split(" ");
        StringBuilder title = new StringBuilder();
        int used = 0;
        for (String word : words) {
            if (used == TITLE_WORDS || title.length() + word.length() + 1 > TITLE_CHARS) {
                return title.append('…').toString();
            }
            if (!title.isEmpty()) title.append(' ');
            title.append(word);
            used++;
        }
        return title.toString();
    }

    /** Category names trimmed, blanks dropped, duplicates (ignoring case) dropped: the first spelling is kept. */
    static List<String> categories(List<String> names) {
        List<String> kept = new ArrayList<>(names.size());
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            String clean = text(name);
            if (!clean.isEmpty() && seen.add(clean.toLowerCase(Locale.ROOT))) kept.add(clean);
        }
        return kept;
    }

    /** Null for null, blank or whitespace-only strings; else the string stripped. */
    static @Nullable String nonBlank(@Nullable String value) {
        if (value == null) return null;
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The text with runs of whitespace made single spaces and its ends stripped. */
    static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
