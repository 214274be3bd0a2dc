package org.newsdesk.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
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

    private static final class Facts {
        final int index;
        int size;
        int text;
        int linkText;
        int blocks;
        final int flags;
        final boolean anchor;
        final boolean block;
        boolean removed;

        Facts(int index, int flags, boolean anchor, boolean block) {
            this.index = index;
            this.flags = flags;
            this.anchor = anchor;
            this.block = block;
        }
    }

    private static final Facts NONE = new Facts(-1, 0, false, false);

    private final Document doc;
    private final List<Element> elements = new ArrayList<>();
    private final Map<Element, Facts> facts = new IdentityHashMap<>();
    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> canonicalLinks = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();
    final List<Element> authorLinks = new ArrayList<>();
    /** Elements whose class, id, role or itemprop gave any {@link ClassFlags}, in document order. */
    final List<Element> flagged = new ArrayList<>();
    /** {@code <link>} and {@code <a>} elements marked {@code rel="next"}. */
    final List<Element> nextLinks = new ArrayList<>();
    /** Short links that may lead to a further page ("Next", "2"), for multi-page articles. */
    final List<Element> pagerLinks = new ArrayList<>();
    /** Figures, and elements classed as an image, photo or media block. */
    final List<Element> media = new ArrayList<>();
    private @Nullable Element title;

    PageIndex(Document doc, ClassFlags classFlags) {
        this.doc = doc;
        // the open elements' facts, innermost last: text goes to the top, a closed element adds to its parent
        ArrayDeque<Facts> open = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    open.push(enter(e, classFlags));
                } else if (node instanceof TextNode t && !open.isEmpty()) {
                    Facts f = open.peek();
                    int len = visibleLength(t.getWholeText());
                    f.text += len;
                    if (f.anchor) f.linkText += len;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) {
                    Facts own = open.pop();
                    own.size = elements.size() - own.index - 1;
                    Facts into = open.peek();
                    if (into != null) {
                        into.text += own.text;
                        into.linkText += own.anchor ? own.text : own.linkText;
                        into.blocks += own.blocks + (own.block ? 1 : 0);
                    }
                }
            }
        }, doc);
    }

    private Facts enter(Element e, ClassFlags classFlags) {
        String name = e.normalName();
        Facts f = new Facts(elements.size(), classFlags.of(e), name.equals("a"), BLOCKS.contains(name));
        facts.put(e, f);
        elements.add(e);
        if (f.flags != 0) flagged.add(e);
        if (name.equals("figure") || ClassFlags.has(f.flags, ClassFlags.MEDIA)) media.add(e);
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
                else if (e.childrenSize() == 0 && e.hasAttr("href")) pagerLinks.add(e);
            }
            default -> { }
        }
        if (e.attributesSize() > 0 && e.hasAttr("itemprop")) itemprops.add(e);
        return f;
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

    int text(Element e) {
        return get(e).text;
    }

    int linkText(Element e) {
        return get(e).linkText;
    }

    double linkDensity(Element e) {
        Facts f = get(e);
        return f.text == 0 ? 0 : (double) f.linkText / f.text;
    }

    /** Block elements anywhere below. */
    int blocks(Element e) {
        return get(e).blocks;
    }

    int flags(Element e) {
        return get(e).flags;
    }

    boolean removed(Element e) {
        return get(e).removed;
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    boolean contains(Element outer, Element inner) {
        Facts o = get(outer);
        int i = get(inner).index;
        return o.index >= 0 && i >= o.index && i <= o.index + o.size;
    }

    /** The element that follows the last element inside {@code e}, as an index into {@link #elements}. */
    int end(Element e) {
        Facts f = get(e);
        return f.index + f.size + 1;
    }

    /** Removes an element from the page and its counts from its ancestors. */
    void detach(Element e) {
        Facts f = get(e);
        if (f.removed || f.index < 0) return;
        int text = f.text;
        int link = f.linkText;
        int blocks = f.blocks + (f.block ? 1 : 0);
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.nameIs("a")) link = text;
            Facts pf = get(p);
            pf.text -= text;
            pf.linkText -= link;
            pf.blocks -= blocks;
        }
        for (int i = f.index; i <= f.index + f.size; i++) facts.get(elements.get(i)).removed = true;
        e.remove();
    }

    private Facts get(Element e) {
        Facts f = facts.get(e);
        return f == null ? NONE : f;
    }

    static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\f';
            if (!ws) n++;
            else if (!space) n++;
            space = ws;
        }
        return n;
    }
}
