package org.newsdesk.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.domain.Outline;

/** Writes subscriptions as OPML 2.0 (see {@link OpmlCodec#write}). Thread-safe (stateless). */
final class OpmlWriter {

    /** A folder of the written outline: its feeds and subfolders, in the order they first appear. */
    private static final class Folder {
        final String name;
        final List<Object> children = new ArrayList<>();
        final Map<String, Folder> subfolders = new LinkedHashMap<>();

        Folder(String name) {
            this.name = name;
        }

        Folder subfolder(String child) {
            return subfolders.computeIfAbsent(child, key -> {
                Folder folder = new Folder(key);
                children.add(folder);
                return folder;
            });
        }
    }

    String write(String title, List<Outline> outlines, Instant created) {
        Folder top = new Folder("");
        for (Outline outline : outlines) {
            Folder folder = top;
            if (outline.category() != null) {
                for (String name : outline.category().split(OpmlCodec.CATEGORY_SEPARATOR)) {
                    if (!name.isBlank()) folder = folder.subfolder(name.strip());
                }
            }
            folder.children.add(outline);
        }
        StringBuilder xml = new StringBuilder(256 + outlines.size() * 160);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<opml version=\"2.0\">\n")
                .append("  <head>\n")
                .append("    <title>").append(escape(title)).append("</title>\n")
                .append("    <dateCreated>")
                .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(created.atOffset(ZoneOffset.UTC)))
                .append("</dateCreated>\n")
                .append("  </head>\n")
                .append("  <body>\n");
        writeChildren(xml, top, 2);
        return xml.append("  </body>\n").append("</opml>\n").toString();
    }

    private static void writeChildren(StringBuilder xml, Folder folder, int depth) {
        String indent = "  ".repeat(depth);
        for (Object child : folder.children) {
            if (child instanceof Folder sub) {
                String name = escape(sub.name);
                xml.append(indent).append("<outline text=\"").append(name).append("\" title=\"").append(name)
                        .append("\">\n");
                writeChildren(xml, sub, depth + 1);
                xml.append(indent).append("</outline>\n");
            } else if (child instanceof Outline outline) {
                String text = escape(outline.title());
                xml.append(indent).append("<outline type=\"rss\" text=\"").append(text).append("\" title=\"")
                        .append(text).append("\" xmlUrl=\"").append(escape(outline.feedUrl())).append('"');
                if (outline.siteUrl() != null) xml.append(" htmlUrl=\"").append(escape(outline.siteUrl())).append('"');
                xml.append("/>\n");
            }
        }
    }

    /** Escapes for both text and attributes; drops characters XML 1.0 cannot carry at all. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1));
                    if (pair) {
                        out.append(c).append(value.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
