package org.newsdesk.extract;

import static org.newsdesk.extract.Markup.isLetter;
import static org.newsdesk.extract.Markup.isTagSpace;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds the content of a chrome element ({@code nav}, {@code footer}, {@code menu}, {@code aside}; see
 * {@link ChromeScan}) that {@link PageScan} may leave out. A site's menus and footers are a fifth of a news page's elements, and the cleaner
 * removes every such element before the body is searched; the passes that run before it look at the whole page,
 * though, so the content stays whenever it holds anything they read:
 * <ul>
 *   <li>an element they collect (h1, time, meta, figure, JSON data), an {@code itemprop} attribute, a {@code rel}
 *   that says next, author or canonical, a class, id or role with a {@link ClassFlags} flag they read (breadcrumb,
 *   related, byline, note, standfirst), or an image after an element classed as media (the lead image's
 *   candidates);</li>
 *   <li>text that may be a pager link, a related-links heading or prefix, or an editor's note ({@link MenuWords});</li>
 *   <li>markup the parser might not put inside the element: the content must be balanced as a small model of the tree
 *   builder sees it (the end tags it implies for list items, paragraphs and definitions, the start tags that close
 *   them), without tables, forms when one is open, a link, button or nobr inside one still open, raw text other than
 *   scripts and styles, or comments of unusual form.</li>
 * </ul>
 * What is left out is text and links no pass reads but through the text counts of the element's ancestors. Not
 * thread-safe; one per page.
 */
final class MenuSpans {

    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
            "param");
    /** Elements a pass collects, or in which the tokenizer or the tree builder works differently. */
    private static final Set<String> KEEP = Set.of(
            "textarea", "title", "plaintext", "noscript", "template", "table", "select", "body", "html", "head",
            "frameset", "h1", "time", "meta", "figure", "base", "object", "image", "isindex", "frame", "option",
            "optgroup", "caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th", "col", "applet",
            "marquee", "listing", "pre", "keygen", "menuitem", "ruby", "rb", "rp", "rt", "rtc", "math");
    /** Elements whose content the tokenizer reads as text up to their end tag, with no entities. */
    private static final Set<String> RAW = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes");
    /** Elements the tree builder closes when another element's end tag comes (implied end tags). */
    private static final Set<String> IMPLIED = Set.of("li", "p", "dd", "dt");
    /** Elements a start tag of the same kind closes: list items, definitions, headings. */
    private static final Set<String> SIBLINGS = Set.of("li", "dd", "dt", "h2", "h3", "h4", "h5", "h6");
    /** Start tags that close an open {@code p}. */
    private static final Set<String> CLOSES_P = Set.of(
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
            "figcaption", "footer", "form", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu",
            "nav", "ol", "p", "section", "summary", "ul", "li", "dd", "dt");
    /**
     * Elements whose start tag closes one of the same name still open, or is dropped for it (form): the tree builder
     * may then close more than the model here, and a later end tag reach out of the chrome element.
     */
    private static final Set<String> CLOSING = Set.of("a", "button", "nobr", "form");
    private static final int KEEP_KIND = 1;
    private static final int RAW_KIND = 2;
    private static final int VOID_KIND = 4;
    private static final int CLOSES_P_KIND = 8;
    private static final int SIBLING_KIND = 16;
    private static final int IMPLIED_KIND = 32;
    private static final int CLOSING_KIND = 64;
    /** What each name above is, so that a tag costs one lookup. */
    private static final Map<String, Integer> KINDS = kinds();

    /** The flags of the passes that run before the cleaner; media only count with an image inside. */
    private static final int READ_FLAGS = ClassFlags.BYLINE | ClassFlags.NOTE | ClassFlags.BREADCRUMB
            | ClassFlags.RELATED | ClassFlags.STANDFIRST;
    private static final int MAX_DEPTH = 64;

    private final String html;
    private final Markup markup;
    private final int n;
    private final ClassFlags flags = new ClassFlags();
    private final MenuWords words = new MenuWords();
    private final String[] stack = new String[MAX_DEPTH]; // the open elements inside the chrome element
    private int depth;
    private boolean media; // whether an element classed as media was opened: an image then is read

    private static Map<String, Integer> kinds() {
        Map<String, Integer> kinds = new HashMap<>();
        Object[][] sets = {{KEEP, KEEP_KIND}, {RAW, RAW_KIND}, {VOID, VOID_KIND}, {CLOSES_P, CLOSES_P_KIND},
            {SIBLINGS, SIBLING_KIND}, {IMPLIED, IMPLIED_KIND}, {CLOSING, CLOSING_KIND}};
        for (Object[] set : sets) {
            for (Object name : (Set<?>) set[0]) kinds.merge((String) name, (Integer) set[1], (a, b) -> a | b);
        }
        return Map.copyOf(kinds);
    }

    MenuSpans(String html, Markup markup) {
        this.html = html;
        this.n = html.length();
        this.markup = markup;
    }

    /**
     * The start of the end tag of the chrome element ({@code nav}, {@code footer}…) whose start tag's attributes
     * start at {@code attributes} and whose content starts at {@code from}; -1 when the content is to stay (the
     * element's own class may make it a breadcrumb).
     *
     * @param closable whether an {@code a}, {@code button} or {@code nobr} may be open before the element
     * @param formOpen whether a form may be open before the element (the parser drops a form inside one)
     */
    int end(String chrome, int attributes, int from, boolean closable, boolean formOpen) {
        media = false;
        if (tagEnd(attributes, true) < 0) return -1;
        words.reset();
        depth = 0;
        for (int i = from; i >= 0; ) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 2 >= n || words.read(html, i, lt)) return -1;
            char c = html.charAt(lt + 1);
            if (c == '!') {
                i = commentEnd(lt);
            } else if (c == '/') {
                if (!isLetter(html.charAt(lt + 2))) return -1;
                int nameEnd = markup.nameEnd(lt + 2);
                int gt = tagEnd(nameEnd, false);
                String name = markup.tagName(lt + 2, nameEnd);
                if (gt < 0 || !close(name)) return -1;
                if (depth < 0) return name.equals(chrome) ? lt : -1;
                i = gt + 1;
            } else if (isLetter(c)) {
                int nameEnd = markup.nameEnd(lt + 1);
                String name = markup.tagName(lt + 1, nameEnd);
                int kind = KINDS.getOrDefault(name, 0);
                boolean keep = (kind & KEEP_KIND) != 0 || media && name.equals("img") || (kind & CLOSING_KIND) != 0
                        && ((name.equals("form") ? formOpen : closable) || isOpen(name));
                int gt = keep ? -1 : tagEnd(nameEnd, true);
                i = gt < 0 ? -1 : open(name, kind, lt, gt);
            } else {
                if (c == '?') return -1;
                i = lt + 1; // a '<' in the text
            }
        }
        return -1;
    }

    /** A list item closes a list item, a definition term or description either of them, a heading a heading. */
    private static boolean sameFamily(String name, String open) {
        char c = name.charAt(0);
        char o = open.charAt(0);
        return c == 'l' ? o == 'l' && open.equals("li") : c == o && SIBLINGS.contains(open);
    }

    private boolean isOpen(String name) {
        for (int k = 0; k < depth; k++) if (stack[k].equals(name)) return true;
        return false;
    }

    /** Opens an element whose start tag is {@code [lt, gt]}; where to read on, or -1 to keep the content. */
    private int open(String name, int kind, int lt, int gt) {
        if (name.equals("svg")) return html.charAt(gt - 1) == '/' ? gt + 1 : foreignEnd(gt + 1);
        if ((kind & RAW_KIND) != 0) return rawEnd(name, lt, gt + 1);
        if ((kind & VOID_KIND) != 0) return gt + 1;
        // the start tags that close an open element without its end tag, as the tree builder does when it is on top
        if (depth > 0 && (kind & CLOSES_P_KIND) != 0 && stack[depth - 1].equals("p")) depth--;
        if (depth > 0 && (kind & SIBLING_KIND) != 0 && sameFamily(name, stack[depth - 1])) depth--;
        if (depth == MAX_DEPTH) return -1;
        stack[depth++] = name;
        return gt + 1;
    }

    /**
     * Closes the element an end tag names: the elements whose end tag may be left out above it go with it, as the
     * tree builder's implied end tags do; false when it is not the one on top then. With nothing open, the depth
     * becomes -1: the end tag is the chrome element's own.
     */
    private boolean close(String name) {
        while (depth > 0 && !stack[depth - 1].equals(name) && IMPLIED.contains(stack[depth - 1])) depth--;
        if (depth == 0) {
            depth = -1;
            return true;
        }
        if (!stack[depth - 1].equals(name)) return false;
        depth--;
        return true;
    }

    /**
     * Past the end tag of a script, style or other raw-text element whose content starts at {@code from}; -1 for
     * JSON data (read as JSON-LD) or a script whose code opens an HTML comment (which may hide its end tag).
     */
    private int rawEnd(String name, int lt, int from) {
        boolean script = name.equals("script");
        if (script && markup.mentions(lt, from, "json")) return -1;
        int close = script ? markup.scriptEndAt(from) : markup.endTagAt(from, name);
        int gt = close < 0 ? -1 : html.indexOf('>', close + 2 + name.length());
        return gt < 0 ? -1 : gt + 1;
    }

    /**
     * Past the end tag of an svg or math element whose content starts at {@code from}; -1 when an element there is
     * not one of SVG or MathML (the tree builder would leave the foreign content) or the content is read.
     */
    private int foreignEnd(int from) {
        int depth = 1;
        for (int i = from; i >= 0; ) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 2 >= n || words.read(html, i, lt)) return -1;
            char c = html.charAt(lt + 1);
            if (c == '!') {
                i = commentEnd(lt);
                continue;
            }
            boolean end = c == '/';
            int name = end ? lt + 2 : lt + 1;
            if (!isLetter(html.charAt(name))) return -1;
            int nameEnd = markup.nameEnd(name);
            String tag = markup.tagName(name, nameEnd);
            int gt = tagEnd(nameEnd, !end);
            if (gt < 0 || !PageScan.FOREIGN.contains(tag)) return -1;
            boolean root = tag.equals("svg") || tag.equals("math");
            if (root && !end && html.charAt(gt - 1) != '/') depth++;
            if (root && end && --depth == 0) return gt + 1;
            i = gt + 1;
        }
        return -1;
    }

    /** Past a plain comment at {@code lt}; -1 for any other declaration or an unusual comment. */
    private int commentEnd(int lt) {
        if (!html.startsWith("<!--", lt) || html.startsWith("<!-->", lt) || html.startsWith("<!--->", lt)) return -1;
        int dashes = html.indexOf("--", lt + 4);
        return dashes < 0 || dashes + 2 >= n || html.charAt(dashes + 2) != '>' ? -1 : dashes + 3;
    }

    /**
     * The '>' that ends a start or end tag whose attributes start at {@code from}; -1 when there is none or, for a
     * start tag, when an attribute is one a pass reads. Follows the tokenizer's attribute states.
     */
    private int tagEnd(int from, boolean start) {
        int i = from;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') return i;
            if (c == '/' || isTagSpace(c)) {
                i++;
                continue;
            }
            int name = i;
            for (i++; i < n && (c = html.charAt(i)) != '=' && c != '>' && c != '/' && !isTagSpace(c); i++) { }
            int nameEnd = i;
            int value = -1;
            int valueEnd = -1;
            while (i < n && isTagSpace(c = html.charAt(i))) i++;
            if (i < n && c == '=') {
                for (i++; i < n && isTagSpace(c = html.charAt(i)); i++) { }
                if (i >= n) return -1;
                if (c == '"' || c == '\'') {
                    int close = html.indexOf(c, i + 1);
                    if (close < 0) return -1;
                    value = i + 1;
                    valueEnd = close;
                    i = close + 1;
                } else {
                    value = i;
                    while (i < n && (c = html.charAt(i)) != '>' && !isTagSpace(c)) i++;
                    valueEnd = i;
                }
            }
            if (start && isRead(name, nameEnd, value, valueEnd)) return -1;
        }
        return -1;
    }

    private boolean isRead(int name, int nameEnd, int value, int valueEnd) {
        if (markup.nameIs(name, nameEnd, "itemprop")) return true;
        if (markup.nameIs(name, nameEnd, "rel")) {
            return value >= 0 && markup.mentions(value, valueEnd, "next", "author", "canonical");
        }
        if (value < 0 || !(markup.nameIs(name, nameEnd, "class") || markup.nameIs(name, nameEnd, "id")
                || markup.nameIs(name, nameEnd, "role"))) {
            return false;
        }
        if (value == valueEnd) return false;
        int f = flags.ofAttribute(html.substring(value, valueEnd));
        media |= ClassFlags.has(f, ClassFlags.MEDIA);
        return (f & READ_FLAGS) != 0;
    }
}
