package org.newsdesk.readers;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One line of comment Markdown to HTML. Code spans and links are cut out first and replaced by placeholders (in
 * the Unicode private-use area, removed from the input beforehand), the rest is escaped, emphasis is added to the
 * escaped text (which holds no markup any more), and the placeholders are put back as finished HTML.
 */
final class InlineMarkdown {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern PLACEHOLDERS = Pattern.compile("[\uE000\uE001]");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,500})]\\(([^()\\s]{1,2000})\\)");
    private static final Pattern BARE_URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'`]+");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern EM_STAR = Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![\\w*])");
    private static final Pattern EM_UNDERSCORE = Pattern.compile("(?<![\\w_])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![\\w_])");
    private static final Pattern HOLE = Pattern.compile("\uE000(\\d+)\uE001");

    private InlineMarkdown() {}

    static String render(String line) {
        List<String> pieces = new ArrayList<>();
        String text = PLACEHOLDERS.matcher(line).replaceAll("");
        text = replace(CODE, text, m -> "<code>" + escape(m.group(1)) + "</code>", pieces);
        text = replace(LINK, text, m -> link(m.group(1), m.group(2), m.group(0)), pieces);
        text = replace(BARE_URL, text, InlineMarkdown::bareLink, pieces);
        String html = escape(text);
        html = STRONG.matcher(html).replaceAll("<strong>$1</strong>");
        html = EM_STAR.matcher(html).replaceAll("<em>$1</em>");
        html = EM_UNDERSCORE.matcher(html).replaceAll("<em>$1</em>");
        Matcher hole = HOLE.matcher(html);
        return hole.replaceAll(m -> Matcher.quoteReplacement(pieces.get(Integer.parseInt(m.group(1)))));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
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

    private interface Piece {
        String html(Matcher match);
    }

    private static String replace(Pattern pattern, String text, Piece piece, List<String> pieces) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            pieces.add(piece.html(matcher));
            matcher.appendReplacement(out, Matcher.quoteReplacement(OPEN + Integer.toString(pieces.size() - 1) + CLOSE));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A Markdown link; one to anything but http, https or mailto stays text. */
    private static String link(String label, String url, String whole) {
        String href = safeHref(url);
        if (href == null) return escape(whole);
        return anchor(href, escape(label));
    }

    /** A bare link, leaving trailing punctuation outside it. */
    private static String bareLink(Matcher match) {
        String url = match.group();
        int end = url.length();
        while (end > 0 && ".,;:!?)]}".indexOf(url.charAt(end - 1)) >= 0) end--;
        String trailing = url.substring(end);
        String href = safeHref(url.substring(0, end));
        if (href == null) return escape(url);
        return anchor(href, escape(url.substring(0, end))) + escape(trailing);
    }

    private static String anchor(String href, String labelHtml) {
        return "<a href=\"" + escape(href) + "\" rel=\"nofollow ugc\">" + labelHtml + "</a>";
    }

    private static @Nullable String safeHref(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return switch (scheme) {
                case "http", "https" -> uri.getHost() == null ? null : uri.toASCIIString();
                case "mailto" -> uri.toASCIIString();
                default -> null;
            };
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
