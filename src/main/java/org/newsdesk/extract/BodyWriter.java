package org.newsdesk.extract;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites the located body parts as plain structural HTML (p, h2–h6, lists, block quotes, figures, tables, pre):
 * every run of loose text becomes a paragraph, wrappers disappear and boilerplate blocks inside the body are left
 * out. Not thread-safe; one per page.
 */
final class BodyWriter {

    private static final Set<String> INLINE_KEPT = Set.of("a", "em", "strong", "b", "i", "code", "sub", "sup");
    private static final Set<String> INLINE = Set.of(
            "a", "em", "strong", "b", "i", "code", "sub", "sup", "span", "small", "abbr", "time", "mark", "u", "s",
            "cite", "q", "font", "del", "ins", "var", "kbd", "samp", "dfn", "bdi", "bdo", "wbr", "big", "strike",
            "tt", "nobr", "data", "img");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final Element out;
    private final BlockFilter filter;
    private @Nullable Element paragraph;

    BodyWriter(BlockFilter filter) {
        Document doc = new Document("");
        doc.outputSettings().prettyPrint(false);
        this.out = doc.appendElement("body");
        this.filter = filter;
    }

    /** A clean body of plain paragraphs, one for each non-empty line of the text. */
    static Element paragraphs(String text) {
        Document doc = new Document("");
        doc.outputSettings().prettyPrint(false);
        Element body = doc.appendElement("body");
        for (String line : text.split("\n")) {
            if (!line.isBlank()) body.appendElement("p").text(line.strip());
        }
        return body;
    }

    /** The clean body: a {@code <body>} element whose children are the article's blocks. */
    Element write(List<Element> parts) {
        for (Element part : parts) {
            container(part, out); // the locator chose the parts: only what is inside them is filtered
            close();
        }
        return out;
    }

    private void container(Element src, Element into) {
        for (Node child : src.childNodes()) {
            if (child instanceof TextNode t) {
                if (!t.isBlank()) inline(into).appendText(t.getWholeText());
            } else if (child instanceof Element e && filter.keeps(e)) {
                element(e, into);
            }
        }
    }

    private void element(Element e, Element into) {
        String name = e.normalName();
        if (name.equals("br")) {
            close();
        } else if (INLINE.contains(name) && !hasBlock(e)) {
            inlineCopy(e, inline(into));
        } else if (name.equals("p")) {
            close();
            container(e, into);
            close();
        } else if (HEADINGS.contains(name)) {
            block(e, into, name.equals("h1") ? "h2" : name);
        } else if (name.equals("ul") || name.equals("ol")) {
            list(e, into);
        } else if (name.equals("blockquote")) {
            close();
            Element quote = into.appendElement("blockquote");
            container(e, quote);
            close();
            if (!Text.hasText(quote)) quote.remove();
        } else if (name.equals("pre")) {
            close();
            into.appendElement("pre").appendText(e.wholeText());
        } else if (name.equals("table") && !Tables.isLayout(e)) {
            close();
            Tables.copy(e, into, filter);
        } else if (name.equals("figure")) {
            close();
            Figures.copy(e, into);
        } else if (name.equals("hr")) {
            close();
        } else {
            close();
            container(e, into);
            close();
        }
    }

    private void block(Element e, Element into, String tag) {
        close();
        Element b = into.appendElement(tag);
        inlineChildren(e, b);
        if (!Text.hasText(b)) b.remove();
    }

    private void list(Element e, Element into) {
        close();
        Element list = into.appendElement(e.normalName());
        for (Element li : e.children()) {
            if (!filter.keeps(li)) continue;
            Element item = list.appendElement("li");
            if (hasBlock(li)) {
                container(li, item);
                close();
            } else {
                inlineChildren(li, item);
            }
            if (!Text.hasText(item)) item.remove();
        }
        if (list.childrenSize() == 0) list.remove();
    }

    private void inlineChildren(Element src, Element into) {
        for (Node child : src.childNodes()) {
            if (child instanceof TextNode t) into.appendText(t.getWholeText());
            else if (child instanceof Element e && filter.keeps(e)) {
                if (e.nameIs("br")) into.appendElement("br");
                else inlineCopy(e, into);
            }
        }
    }

    private void inlineCopy(Element e, Element into) {
        String name = e.normalName();
        if (name.equals("img")) {
            return; // images inside text are decoration; figures are kept on their own
        }
        if (INLINE_KEPT.contains(name)) {
            Element copy = into.appendElement(name);
            if (name.equals("a") && e.hasAttr("href")) copy.attr("href", Addresses.absolute(e, "href"));
            inlineChildren(e, copy);
        } else {
            inlineChildren(e, into);
        }
    }

    private Element inline(Element into) {
        if (paragraph == null || paragraph.parent() != into) {
            paragraph = into.appendElement("p");
        }
        return paragraph;
    }

    private void close() {
        if (paragraph != null && paragraph.parent() != null && !Text.hasText(paragraph)) paragraph.remove();
        paragraph = null;
    }

    static boolean isInline(String name) {
        return INLINE.contains(name);
    }

    private boolean hasBlock(Element e) {
        return filter.blocksInside(e) > 0;
    }
}
