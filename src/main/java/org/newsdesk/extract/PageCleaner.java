package org.newsdesk.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes what is never article text before the body is searched: scripts and styles, forms and widgets, hidden
 * elements, teaser cards, and page chrome marked by its tag, role or class (navigation, cookie banners, share
 * bars, comments…). Stateless.
 */
final class PageCleaner {
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    private static final Evaluator TEASER_HEADLINE = QueryParser.parse(
            "h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4");
    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
    private static final Evaluator QUOTE = QueryParser.parse("blockquote");


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

    static void clean(PageIndex page) {
        Element body = page.document().body();
        List<Element> all = page.elements();
        int first = page.end(page.document().head());
        for (int i = first; i < all.size(); i++) {
            Element e = all.get(i);
            if (page.removed(e) || e == body || !page.contains(body, e)) continue;
            if (NEVER.contains(e.normalName()) || hidden(page, e) || isChrome(page, e) || isTeaser(page, e)) {
                page.detach(e);
            }
        }
        int total = Math.max(1, page.text(body));
        boolean articleBodyMarked = page.itemprops.stream().anyMatch(e -> "articleBody".equals(e.attr("itemprop")));
        for (int i = first; i < all.size(); i++) {
            Element e = all.get(i);
            if (page.removed(e) || e == body || !page.contains(body, e)) continue;
            if (isUnlikely(page, e, total, articleBodyMarked)) page.detach(e);
        }
    }

    private static boolean hidden(PageIndex page, Element e) {
        if (e.attributesSize() == 0) return false;
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && page.text(e) < 200) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static boolean isChrome(PageIndex page, Element e) {
        if (CHROME.contains(e.normalName())) return true;
        if (e.nameIs("form") && e.select(PARAGRAPH).size() < 3) return true;
        return e.hasAttr("role") && CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT));
    }

    /** A card that links to another article: a linked headline and a line or two of text. */
    private static boolean isTeaser(PageIndex page, Element e) {
        if (!e.nameIs("article") && !e.nameIs("li") || page.text(e) >= 800 || page.linkText(e) == 0) return false;
        return e.selectFirst(TEASER_HEADLINE) != null;
    }

    /** Boilerplate-classed elements go unless they hold much of the page's text (a site-wide wrapper). */
    private static boolean isUnlikely(PageIndex page, Element e, int total, boolean articleBodyMarked) {
        int flags = page.flags(e);
        if (!ClassFlags.has(flags, ClassFlags.NEGATIVE) || ClassFlags.has(flags, ClassFlags.POSITIVE)) return false;
        if (e.nameIs("main") || e.nameIs("article") || e.nameIs("a") || embeddedPost(page, e)) return false;
        if (page.text(e) >= total * 0.4) return false;
        return !articleBodyMarked || e.selectFirst(ARTICLE_BODY) == null;
    }

    /** Embedded posts (tweets, Instagram) are quoted by the article, though their classes say "social". */
    static boolean embeddedPost(PageIndex page, Element e) {
        return ClassFlags.has(page.flags(e), ClassFlags.EMBED) && e.selectFirst(QUOTE) != null;
    }
}
