package org.newsdesk.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths of every element under a root, counted in one pass so that the passes that need
 * them stay linear in the page size. Not thread-safe; one per page. Lengths go stale when the tree changes.
 */
final class DomStats {

    private static final int[] ZERO = {0, 0, 0};
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    DomStats(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) counts.put(e, new int[3]);
            }

            @Override
            public void tail(Node node, int depth) {
                Element parent = node.parent() instanceof Element p ? p : null;
                if (parent == null || node == root) return;
                int[] into = counts.get(parent);
                if (into == null) return;
                if (node instanceof TextNode t) {
                    int len = visibleLength(t.getWholeText());
                    into[0] += len;
                    if (parent.nameIs("a")) into[1] += len;
                } else if (node instanceof Element e) {
                    int[] own = counts.get(e);
                    into[0] += own[0];
                    into[1] += e.nameIs("a") ? own[0] : own[1];
                    into[2] += own[2] + (ContentLocator.BLOCK_CHILDREN.contains(e.normalName()) ? 1 : 0);
                }
            }
        }, root);
    }

    /** Characters of text, white space runs counted as one. */
    int text(Element e) {
        return counts.getOrDefault(e, ZERO)[0];
    }

    /** Characters of text inside links. */
    int linkText(Element e) {
        return counts.getOrDefault(e, ZERO)[1];
    }

    /** Block elements (paragraphs, divs, lists, tables…) anywhere below. */
    int blocks(Element e) {
        return counts.getOrDefault(e, ZERO)[2];
    }

    double linkDensity(Element e) {
        int t = text(e);
        return t == 0 ? 0 : (double) linkText(e) / t;
    }

    static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || c == '\u00a0';
            if (!ws) n++;
            else if (!space) n++;
            space = ws;
        }
        return n;
    }
}
