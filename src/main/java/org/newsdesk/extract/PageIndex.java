package org.newsdesk.extract;

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
        boolean removed;

        Facts(int index, int flags) {
            this.index = index;
            this.flags = flags;
        }
    }

    private static final Facts NONE = new Facts(-1, 0);

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

    PageIndex(Document doc, ClassFlags classFlags) {
        this.doc = doc;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) enter(e, classFlags);
                else if (node instanceof TextNode t && t.parent() instanceof Element p) {
                    Facts f = facts.get(p);
                    int len = visibleLength(t.getWholeText());
                    f.text += len;
                    if (p.nameIs("a")) f.linkText += len;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) leave(e);
            }
        }, doc);
    }

    private void enter(Element e, ClassFlags classFlags) {
        facts.put(e, new Facts(elements.size(), classFlags.of(e)));
        elements.add(e);
        switch (e.normalName()) {
            case "meta" -> metas.add(e);
            case "script" -> {
                if (e.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) jsonLd.add(e);
            }
            case "link" -> {
                if (e.attr("rel").equalsIgnoreCase("canonical")) canonicalLinks.add(e);
            }
            case "h1" -> h1s.add(e);
            case "time" -> times.add(e);
            case "a" -> {
                if (e.attr("rel").contains("author")) authorLinks.add(e);
            }
            default -> { }
        }
        if (e.hasAttr("itemprop")) itemprops.add(e);
    }

    private void leave(Element e) {
        Facts own = facts.get(e);
        own.size = elements.size() - own.index - 1;
        Element parent = e.parent();
        if (parent == null) return;
        Facts into = facts.get(parent);
        if (into == null) return;
        into.text += own.text;
        into.linkText += e.nameIs("a") ? own.text : own.linkText;
        into.blocks += own.blocks + (BLOCKS.contains(e.normalName()) ? 1 : 0);
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
        int blocks = f.blocks + (BLOCKS.contains(e.normalName()) ? 1 : 0);
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
