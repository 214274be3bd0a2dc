package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes what is never article text before the body is searched: scripts and styles, forms and widgets, hidden
 * elements, and page chrome marked by its tag, role or class (navigation, cookie banners, share bars, comments…).
 * Stateless.
 */
final class PageCleaner {

    private static final Set<String> NEVER = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button",
            "input", "select", "textarea", "option", "label", "dialog", "link", "meta", "math", "video", "audio",
            "map", "area", "frame", "frameset", "applet", "head");
    private static final Set<String> CHROME = Set.of("nav", "footer", "aside", "menu");
    private static final Set<String> CHROME_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog",
            "alertdialog", "alert", "toolbar", "tablist", "form");

    private PageCleaner() {
    }

    static void clean(Document doc) {
        List<Element> doomed = new ArrayList<>();
        List<Node> comments = new ArrayList<>();
        doc.body().forEachNode(n -> {
            if (n instanceof Comment) comments.add(n);
        });
        comments.forEach(Node::remove);
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body()) continue;
            if (NEVER.contains(e.normalName()) || hidden(e) || isChrome(e) || isTeaser(e)) doomed.add(e);
        }
        doomed.forEach(Element::remove);
        removeUnlikely(doc);
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && e.text().length() < 200) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** A card that links to another article: a linked headline and a line or two of text. */
    private static boolean isTeaser(Element e) {
        if (!e.nameIs("article") && !e.nameIs("li")) return false;
        Element heading = e.selectFirst("h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4");
        return heading != null && e.text().length() < 800;
    }

    private static boolean isChrome(Element e) {
        if (CHROME.contains(e.normalName())) return true;
        if (e.nameIs("form") && e.select("p").size() < 3) return true;
        return CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT));
    }

    /** Boilerplate-classed elements go unless they hold much of the page's text (a site-wide wrapper). */
    private static void removeUnlikely(Document doc) {
        DomStats stats = new DomStats(doc.body());
        int total = Math.max(1, stats.text(doc.body()));
        List<Element> doomed = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body() || e.nameIs("main") || e.nameIs("article") || e.nameIs("a")) continue;
            List<String> words = ClassNames.words(e);
            if (words.isEmpty() || !ClassNames.negative(words) || ClassNames.positive(words)) continue;
            if (ClassNames.embeddedPost(e, words)) continue;
            if (stats.text(e) < total * 0.4 && e.selectFirst("[itemprop=articleBody]") == null) doomed.add(e);
        }
        for (Element e : doomed) if (e.parent() != null) e.remove();
    }
}
