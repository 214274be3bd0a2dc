package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Finds the element (and its sibling parts) that holds the article body, by scoring paragraphs and giving each
 * score to its ancestors, in the manner of Readability; then widens the choice to take in an article broken into
 * several sections. The page's JSON-LD body, when present, marks paragraphs known to be article text. Not
 * thread-safe; one per page.
 */
final class ContentLocator {
    private static final Pattern SENTENCE = Pattern.compile("\\.( |$)");


    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "h2", "h3", "dd");
    private static final Set<String> LOOSE_TEXT_HOLDERS = Set.of(
            "div", "section", "article", "main", "center", "font", "span");
    private static final int MIN_PARAGRAPH = 25;

    private final PageIndex page;
    private final Element body;
    private final @Nullable String knownBody;
    private final Map<Element, double[]> scores = new IdentityHashMap<>();
    /** Characters of plain (little-linked) paragraph text under each element. */
    private final Map<Element, int[]> paragraphText = new IdentityHashMap<>();

    ContentLocator(PageIndex page, @Nullable String knownBody) {
        this.page = page;
        this.body = page.document().body();
        this.knownBody = knownBody == null ? null : Text.normalize(knownBody);
    }

    /** The parts of the page that make up the body, in document order; empty when nothing looks like an article. */
    List<Element> locate() {
        List<Element> all = page.elements();
        for (int i = page.end(page.document().head()); i < all.size(); i++) {
            // the facts of element i are read by its position: no lookup of the element in the page's table
            Element e = all.get(i);
            if (page.removedAt(i) || e == body) continue;
            int blocks = page.blocksAt(i);
            if (isParagraph(e, blocks)) {
                score(e, page.textAt(i), e.parent());
            } else if (blocks > 0 && LOOSE_TEXT_HOLDERS.contains(e.normalName())) {
                int loose = ownTextLength(e);
                if (loose >= MIN_PARAGRAPH) score(e, loose, e);
            }
        }
        Element top = best();
        if (top == null) return List.of();
        return withSiblings(climb(widen(top)));
    }

    /** A paragraph, or a div that holds only text and inline markup and so reads as one. */
    private boolean isParagraph(Element e, int blocks) {
        String name = e.normalName();
        if (name.equals("p") || name.equals("pre")) return true;
        if (blocks > 0) return false;
        if (PARAGRAPHS.contains(name)) return true;
        Element parent = e.parent();
        return LOOSE_TEXT_HOLDERS.contains(name) && parent != null && page.blocks(parent) > 0
                && !parent.nameIs("p");
    }

    private static int ownTextLength(Element e) {
        int n = 0;
        for (int i = 0, size = e.childNodeSize(); i < size; i++) {
            if (e.childNode(i) instanceof TextNode t) n += PageIndex.visibleLength(t.getWholeText());
        }
        return n;
    }

    private void score(Element p, int len, @Nullable Element first) {
        if (len < MIN_PARAGRAPH || first == null) return;
        double s = 1 + commas(p, first == p) + Math.min(len / 100.0, 3);
        if (knownBody != null && len >= 40) {
            String text = first == p ? p.ownText() : p.text();
            if (knownBody.contains(Text.normalize(text))) s *= 3;
        }
        if (first == p || page.linkDensity(p) < 0.3) {
            for (Element a = first; a != null; a = a.parent()) {
                paragraphText.computeIfAbsent(a, x -> new int[1])[0] += len;
                if (a == body) break;
            }
        }
        Element ancestor = first;
        for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
            double[] slot = scores.computeIfAbsent(ancestor, this::initial);
            slot[0] += s / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            if (ancestor == body) break;
        }
    }

    /** Commas (and their CJK and Arabic kin) in the element's text, or in its own text nodes only. */
    private static int commas(Element e, boolean ownOnly) {
        int[] n = {0};
        if (ownOnly) {
            for (int i = 0, size = e.childNodeSize(); i < size; i++) {
                if (e.childNode(i) instanceof TextNode t) n[0] += commas(t.getWholeText());
            }
        } else {
            // a traversal, not forEachNode: that one builds a stream for each element
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode t) n[0] += commas(t.getWholeText());
            }, e);
        }
        return n[0];
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '。' || c == '،') n++;
        }
        return n;
    }

    private double[] initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if ("articleBody".equals(e.attr("itemprop"))) s += 30;
        return new double[] {s + ClassFlags.weight(page.flags(e))};
    }

    private double finalScore(Element e) {
        double[] s = scores.get(e);
        return s == null ? 0 : s[0] * (1 - page.linkDensity(e));
    }

    private @Nullable Element best() {
        Element top = null;
        double topScore = 0;
        for (Element e : scores.keySet()) {
            double s = finalScore(e);
            if (s > topScore) {
                topScore = s;
                top = e;
            }
        }
        return top;
    }

    /** Climbs to a parent when the article is split over sibling blocks that score alike (Readability's rule). */
    private Element widen(Element top) {
        double topScore = finalScore(top);
        List<Element> rivals = new ArrayList<>();
        for (Element e : scores.keySet()) {
            if (e != top && finalScore(e) >= topScore * 0.75 && !page.contains(top, e) && !page.contains(e, top)) {
                rivals.add(e);
            }
        }
        if (rivals.size() >= 2) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                Element p = parent;
                long inside = rivals.stream().filter(r -> page.contains(p, r)).count();
                if (inside >= 2) return parent;
            }
        }
        double last = finalScore(top);
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            double ps = finalScore(parent);
            if (ps < last / 3) break;
            if (ps > last) return parent;
            last = ps;
        }
        return top;
    }

    /**
     * Goes up while the parent adds mostly paragraph text: an article broken into several sections (by figures,
     * pull quotes or ads) is then taken whole, while a parent that adds menus and link lists is not.
     */
    private Element climb(Element top) {
        Element current = top;
        for (Element parent = current.parent(); parent != null && parent != body; parent = parent.parent()) {
            int addedParagraphs = paragraphs(parent) - paragraphs(current);
            int addedText = page.text(parent) - page.text(current);
            if (addedParagraphs < 0.6 * addedText || ClassFlags.weight(page.flags(parent)) < 0) break;
            if (addedParagraphs >= paragraphs(current) * 0.1) current = parent;
        }
        return current;
    }

    int paragraphs(Element e) {
        int[] v = paragraphText.get(e);
        return v == null ? 0 : v[0];
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null || top == body) return List.of(top);
        double threshold = Math.max(10, finalScore(top) * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || finalScore(sibling) >= threshold || paragraphLike(sibling)) parts.add(sibling);
        }
        return parts;
    }

    private boolean paragraphLike(Element e) {
        if (!e.nameIs("p")) return false;
        int len = page.text(e);
        double density = page.linkDensity(e);
        if (len > 80) return density < 0.25;
        return len > 0 && density == 0 && SENTENCE.matcher(e.text()).find();
    }

    /** Final scores of every candidate, for diagnostics. */
    Map<Element, Double> debugScores() {
        Map<Element, Double> out = new IdentityHashMap<>();
        for (Element e : scores.keySet()) out.put(e, finalScore(e));
        return out;
    }
}
