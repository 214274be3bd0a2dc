package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * One walk over a parsed page that every later pass shares: the elements in document order with their text and
 * link-text lengths, block counts and class flags, and the few kinds of element the metadata passes look for.
 * Removing an element through {@link #detach} keeps the counts of its ancestors right, so no pass walks the page
 * again to measure it. Not thread-safe; one per page.
 */
final class PageIndex {

    /** Elements that break text into blocks; inline-only elements read as one paragraph. */
    static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "table", "ul", "ol", "dl", "blockquote", "pre", "h1", "h2", "h3",
            "h4", "h5", "h6", "figure", "header", "footer", "main", "aside", "form", "li", "tr", "td", "dd", "nav");

    private static final byte ANCHOR = 1;
    private static final byte BLOCK = 2;
    private static final byte REMOVED = 4;

    private final Document doc;
    private final List<Element> elements;
    // the facts of element i sit at index i of each array: walking the page by index reads them without lookups
    private int[] size;
    private int[] text;
    private int[] linkText;
    private int[] blocks;
    private int[] flags;
    /** The position of each element's parent, -1 for the document. */
    private int[] parent;
    private byte[] bits;
    private final ElementTable indexes;
    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> canonicalLinks = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();
    final List<Element> authorLinks = new ArrayList<>();
    /** {@code <link>} and {@code <a>} elements marked {@code rel="next"}. */
    final List<Element> nextLinks = new ArrayList<>();
    /** Short links that may lead to a further page ("Next", "2"), for multi-page articles. */
    final List<Element> pagerLinks = new ArrayList<>();
    /** Figures, and elements classed as an image, photo or media block. */
    final List<Element> media = new ArrayList<>();
    private @Nullable Element title;

    /** @param expected about how many elements the page has: what is kept of them is sized for it once */
    PageIndex(Document doc, int expected) {
        this.doc = doc;
        int n = Math.max(16, expected + 8); // the parser adds html, head, body, tbody…
        size = new int[n];
        text = new int[n];
        linkText = new int[n];
        blocks = new int[n];
        flags = new int[n];
        parent = new int[n];
        bits = new byte[n];
        elements = new ArrayList<>(n);
        indexes = new ElementTable(n);
        walk(doc, new ClassFlags());
    }

    /**
     * Visits every node once, without recursion: text goes to the innermost open element, and a closed element
     * adds its counts to its parent's.
     */
    private void walk(Document root, ClassFlags classFlags) {
        // the open elements, their positions and the next child of each to see: children are read by position,
        // as a node's nextSibling() looks up its own position in its parent first
        Element[] parents = new Element[64];
        int[] open = new int[64];
        int[] next = new int[64];
        parents[0] = root;
        open[0] = enter(root, classFlags, -1);
        int depth = 1;
        while (depth > 0) {
            Element parent = parents[depth - 1];
            int k = next[depth - 1];
            if (k == parent.childNodeSize()) {
                depth = close(open, depth); // an element whose children have all been seen
                continue;
            }
            next[depth - 1] = k + 1;
            Node node = parent.childNode(k);
            if (node instanceof Element e) {
                if (depth == open.length) {
                    parents = Arrays.copyOf(parents, depth * 2);
                    open = Arrays.copyOf(open, depth * 2);
                    next = Arrays.copyOf(next, depth * 2);
                }
                parents[depth] = e;
                open[depth] = enter(e, classFlags, open[depth - 1]);
                next[depth] = 0;
                depth++;
            } else if (node instanceof TextNode t) {
                int at = open[depth - 1];
                int len = visibleLength(t.getWholeText());
                text[at] += len;
                if ((bits[at] & ANCHOR) != 0) linkText[at] += len;
            }
        }
    }

    private int close(int[] open, int depth) {
        int own = open[--depth];
        size[own] = elements.size() - own - 1;
        if (depth > 0) {
            int into = open[depth - 1];
            text[into] += text[own];
            linkText[into] += (bits[own] & ANCHOR) != 0 ? text[own] : linkText[own];
            blocks[into] += blocks[own] + ((bits[own] & BLOCK) != 0 ? 1 : 0);
        }
        return depth;
    }

    private int enter(Element e, ClassFlags classFlags, int parentAt) {
        String name = e.normalName();
        int i = elements.size();
        if (i == size.length) grow();
        parent[i] = parentAt;
        int f = 0;
        boolean itemprop = false;
        if (e.attributesSize() > 0) {
            // looked up by key: iterating would build an Attribute object for each attribute
            Attributes a = e.attributes();
            f = classFlags.ofAttribute(a.get("class")) | classFlags.ofAttribute(a.get("id"))
                    | classFlags.ofAttribute(a.get("role"));
            itemprop = a.hasKey("itemprop");
            if (itemprop) f |= classFlags.ofAttribute(a.get("itemprop"));
        }
        flags[i] = f;
        bits[i] = (byte) ((name.equals("a") ? ANCHOR : 0) | (BLOCKS.contains(name) ? BLOCK : 0));
        indexes.put(e, i);
        elements.add(e);
        if (name.equals("figure") || ClassFlags.has(f, ClassFlags.MEDIA)) media.add(e);
        switch (name) {
            case "meta" -> metas.add(e);
            case "script" -> {
                if (e.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) jsonLd.add(e);
            }
            case "link" -> {
                String rel = e.attr("rel");
                if (rel.equalsIgnoreCase("canonical")) canonicalLinks.add(e);
                else if (rel.equalsIgnoreCase("next")) nextLinks.add(e);
            }
            case "h1" -> h1s.add(e);
            case "title" -> {
                if (title == null) title = e;
            }
            case "time" -> times.add(e);
            case "a" -> {
                String rel = e.attr("rel");
                if (rel.contains("author")) authorLinks.add(e);
                if (rel.contains("next")) nextLinks.add(e);
                else if (e.firstElementChild() == null && e.hasAttr("href")) pagerLinks.add(e);
            }
            default -> { }
        }
        if (itemprop) itemprops.add(e);
        return i;
    }

    private void grow() {
        int n = size.length * 2;
        size = Arrays.copyOf(size, n);
        text = Arrays.copyOf(text, n);
        linkText = Arrays.copyOf(linkText, n);
        blocks = Arrays.copyOf(blocks, n);
        flags = Arrays.copyOf(flags, n);
        parent = Arrays.copyOf(parent, n);
        bits = Arrays.copyOf(bits, n);
    }

    /** The first {@code h1} in the body: the article's headline on most pages; null when there is none. */
    @Nullable Element headline() {
        Element body = doc.body();
        for (Element h : h1s) if (contains(body, h)) return h;
        return null;
    }

    /** The text of the page's {@code <title>}, or "" when it has none. */
    String title() {
        return title == null ? "" : Text.normalize(title.text());
    }

    Document document() {
        return doc;
    }

    /** Every element of the page in document order, removed ones included (see {@link #removed}). */
    List<Element> elements() {
        return elements;
    }

    /** The position of an element in {@link #elements}, or -1 for one the page did not have when indexed. */
    int index(Element e) {
        return indexes.get(e);
    }

    int text(Element e) {
        return textAt(index(e));
    }

    int textAt(int i) {
        return i < 0 ? 0 : text[i];
    }

    int linkText(Element e) {
        return linkTextAt(index(e));
    }

    int linkTextAt(int i) {
        return i < 0 ? 0 : linkText[i];
    }

    double linkDensity(Element e) {
        return linkDensityAt(index(e));
    }

    double linkDensityAt(int i) {
        return i < 0 || text[i] == 0 ? 0 : (double) linkText[i] / text[i];
    }

    /** Block elements anywhere below. */
    int blocks(Element e) {
        return blocksAt(index(e));
    }

    int blocksAt(int i) {
        return i < 0 ? 0 : blocks[i];
    }

    int flags(Element e) {
        return flagsAt(index(e));
    }

    int flagsAt(int i) {
        return i < 0 ? 0 : flags[i];
    }

    boolean removed(Element e) {
        return removedAt(index(e));
    }

    boolean removedAt(int i) {
        return i >= 0 && (bits[i] & REMOVED) != 0;
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    boolean contains(Element outer, Element inner) {
        return containsAt(index(outer), index(inner));
    }

    boolean containsAt(int outer, int inner) {
        return outer >= 0 && inner >= outer && inner <= outer + size[outer];
    }

    /** The element that follows the last element inside {@code e}, as an index into {@link #elements}. */
    int end(Element e) {
        return endAt(index(e));
    }

    int endAt(int i) {
        return i < 0 ? 0 : i + size[i] + 1;
    }

    /** Removes an element from the page and its counts from its ancestors. */
    void detach(Element e) {
        int i = index(e);
        if (i < 0 || (bits[i] & REMOVED) != 0) return;
        int t = text[i];
        int link = linkText[i];
        int b = blocks[i] + ((bits[i] & BLOCK) != 0 ? 1 : 0);
        // the parents by position: only detach changes the page before the body is written, and an element not
        // removed keeps the ancestors it had when indexed
        for (int pi = parent[i]; pi >= 0; pi = parent[pi]) {
            if ((bits[pi] & ANCHOR) != 0) link = t;
            text[pi] -= t;
            linkText[pi] -= link;
            blocks[pi] -= b;
        }
        for (int j = i; j <= i + size[i]; j++) bits[j] |= REMOVED;
        e.remove();
    }

    /** Characters of the text with each run of white space counted as one, leading white space not at all. */
    static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            // most characters are neither white space nor control characters: one test for them
            if (c > ' ' && c != '\u00a0' || c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\u00a0'
                    && c != '\f') {
                n++;
                space = false;
            } else {
                if (!space) n++;
                space = true;
            }
        }
        return n;
    }
}
