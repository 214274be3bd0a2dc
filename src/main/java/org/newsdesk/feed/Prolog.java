package org.newsdesk.feed;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the start of a decoded document says it is: its DOCTYPE (if any) and the name of its first element, or that
 * it opens like JSON. Read by hand, before any XML parser sees the text, so that HTML pages and DOCTYPEs are told
 * apart and refused with a clear message rather than a parser's stack trace.
 *
 * @param kind          what the first significant character says
 * @param rootName      the qualified name of the first element, when the document is markup
 * @param doctype       the DOCTYPE declaration before the root, if any
 */
record Prolog(Kind kind, @Nullable String rootName, @Nullable Doctype doctype) {

    enum Kind { EMPTY, MARKUP, JSON, OTHER }

    /**
     * A DOCTYPE declaration.
     *
     * @param start           offset of {@code <!DOCTYPE} in the text
     * @param end             offset just after its closing {@code >}
     * @param internalSubset  whether it declares entities inline ({@code [...]}), the way bombs and XXE are built
     */
    record Doctype(String name, @Nullable String publicId, boolean internalSubset, int start, int end) {}

    private static final Set<String> HTML_ROOTS = Set.of("html", "head", "body", "meta", "title", "link", "script",
            "style", "div", "p", "span", "table", "center", "font", "br", "a", "img", "form", "iframe", "noscript",
            "header", "main", "article", "section", "nav", "h1", "h2", "h3", "ul", "pre");

    static Prolog read(String text) {
        int i = 0;
        Doctype doctype = null;
        while (true) {
            i = skipWhitespace(text, i);
            if (i >= text.length()) return new Prolog(doctype == null ? Kind.EMPTY : Kind.MARKUP, null, doctype);
            char c = text.charAt(i);
            if (c == '{' || c == '[') return new Prolog(Kind.JSON, null, null);
            if (c != '<') return new Prolog(Kind.OTHER, null, doctype);
            if (text.startsWith("<?", i)) {
                i = skipPast(text, i, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = skipPast(text, i + 4, "-->");
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                doctype = readDoctype(text, i);
                i = doctype.end();
            } else {
                return new Prolog(Kind.MARKUP, elementName(text, i + 1), doctype);
            }
        }
    }

    /** The root's name without its namespace prefix, or null when there is no root element. */
    @Nullable String rootLocalName() {
        if (rootName == null) return null;
        int colon = rootName.indexOf(':');
        return colon < 0 ? rootName : rootName.substring(colon + 1);
    }

    boolean isHtml() {
        if (doctype != null && doctype.name().equalsIgnoreCase("html")) return true;
        return rootName != null && HTML_ROOTS.contains(rootName.toLowerCase(Locale.ROOT));
    }

    boolean isFeedRoot() {
        String local = rootLocalName();
        return local != null && (local.equals("rss") || local.equals("feed") || local.equals("RDF"));
    }

    private static Doctype readDoctype(String text, int start) {
        int i = start + 9;
        i = skipWhitespace(text, i);
        int nameStart = i;
        while (i < text.length() && isNameChar(text.charAt(i))) i++;
        String name = text.substring(nameStart, i);
        String publicId = null;
        boolean internalSubset = false;
        int end = text.length();
        char quote = 0;
        for (int j = i; j < text.length(); j++) {
            char c = text.charAt(j);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
                if (publicId == null && text.substring(i, j).trim().equalsIgnoreCase("PUBLIC")) {
                    int close = text.indexOf(c, j + 1);
                    if (close > 0) publicId = text.substring(j + 1, close);
                }
            } else if (c == '[') {
                internalSubset = true;
                int close = text.indexOf(']', j);
                if (close < 0) break;
                j = close;
            } else if (c == '>') {
                end = j + 1;
                break;
            }
        }
        return new Doctype(name, publicId, internalSubset, start, end);
    }

    private static String elementName(String text, int from) {
        int i = from;
        while (i < text.length() && isNameChar(text.charAt(i))) i++;
        return text.substring(from, i);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) i++;
        return i;
    }

    private static int skipPast(String text, int from, String marker) {
        int at = text.indexOf(marker, from);
        return at < 0 ? text.length() : at + marker.length();
    }
}
