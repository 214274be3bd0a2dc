package org.newsdesk.readers;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the small Markdown subset comments may use into safe HTML: paragraphs and line breaks, {@code **bold**},
 * {@code *italic*} or {@code _italic_}, {@code `code`}, fenced code blocks, {@code > quotes}, {@code - lists} and
 * {@code 1. lists}, {@code [links](https://…)} and bare http(s) links. Every character of the author's text is
 * escaped; tags come only from this class, and links (http, https, mailto only) carry
 * {@code rel="nofollow ugc"}. Thread-safe (stateless).
 */
public final class CommentMarkdown {

    public String render(String markdown) {
        String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
        List<String> blocks = new ArrayList<>();
        List<String> lines = List.of(text.split("\n", -1));
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (line.strip().startsWith("```")) {
                i = codeBlock(lines, i + 1, blocks);
            } else {
                i = block(lines, i, blocks);
            }
        }
        return String.join("\n", blocks);
    }

    private int codeBlock(List<String> lines, int from, List<String> blocks) {
        StringBuilder code = new StringBuilder();
        int i = from;
        while (i < lines.size() && !lines.get(i).strip().startsWith("```")) {
            if (i > from) code.append('\n');
            code.append(lines.get(i));
            i++;
        }
        blocks.add("<pre><code>" + InlineMarkdown.escape(code.toString()) + "</code></pre>");
        return Math.min(i + 1, lines.size());
    }

    /** A paragraph, quote or list: consecutive lines of one kind up to a blank line or another kind. */
    private int block(List<String> lines, int from, List<String> blocks) {
        Kind kind = Kind.of(lines.get(from));
        List<String> content = new ArrayList<>();
        int i = from;
        while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).strip().startsWith("```")
                && Kind.of(lines.get(i)) == kind) {
            content.add(kind.strip(lines.get(i)));
            i++;
        }
        blocks.add(switch (kind) {
            case PARAGRAPH -> "<p>" + joinLines(content) + "</p>";
            case QUOTE -> "<blockquote><p>" + joinLines(content) + "</p></blockquote>";
            case BULLETS -> "<ul>" + items(content) + "</ul>";
            case NUMBERS -> "<ol>" + items(content) + "</ol>";
        });
        return i;
    }

    private static String joinLines(List<String> lines) {
        List<String> rendered = lines.stream().map(l -> InlineMarkdown.render(l.strip())).toList();
        return String.join("<br>\n", rendered);
    }

    private static String items(List<String> lines) {
        StringBuilder html = new StringBuilder();
        for (String line : lines) html.append("<li>").append(InlineMarkdown.render(line.strip())).append("</li>");
        return html.toString();
    }

    private enum Kind {
        PARAGRAPH, QUOTE, BULLETS, NUMBERS;

        static Kind of(String line) {
            String s = line.stripLeading();
            if (s.startsWith(">")) return QUOTE;
            if (s.startsWith("- ") || s.startsWith("* ") || s.startsWith("+ ")) return BULLETS;
            if (s.matches("\\d{1,9}[.)] .*")) return NUMBERS;
            return PARAGRAPH;
        }

        String strip(String line) {
            String s = line.stripLeading();
            return switch (this) {
                case PARAGRAPH -> line;
                case QUOTE -> s.substring(1);
                case BULLETS -> s.substring(2);
                case NUMBERS -> s.substring(s.indexOf(' ') + 1);
            };
        }
    }
}
