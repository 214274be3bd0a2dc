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
    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
    private static final Evaluator QUOTE = QueryParser.parse("blockquote");


    private static final Set<String> NEVER = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button",
            "input", "select", "textarea", "option", "label", "dialog", "link", "meta", "math", "video", "audio",
            "map", "area", "frame", "frameset", "applet", "head");
    /** Page chrome by its tag: removed whole, so {@link MenuSpans} may leave out what no earlier pass reads in it. */
    static final List<String> CHROME = List.of("nav", "footer", "aside", "menu");
    private static final Set<String> CHROME_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog",
            "alertdialog", "alert", "toolbar", "tablist", "form");

    private PageCleaner() {
    }

    static void clean(PageIndex page) {
        Element body = page.document().body();
        int bodyAt = page.index(body);
        List<Element> all = page.elements();
        int first = page.end(page.document().head());
        for (int i = first; i < all.size(); i++) {
            if (page.removedAt(i) || i == bodyAt || !page.containsAt(bodyAt, i)) continue;
            Element e = all.get(i);
            if (NEVER.contains(e.normalName()) || hidden(page, e, i) || isChrome(page, e, i) || isTeaser(page, e, i)) {
                page.detach(e);
            }
        }
        int total = Math.max(1, page.text(body));
        boolean articleBodyMarked = page.itemprops.stream().anyMatch(e -> "articleBody".equals(e.attr("itemprop")));
        for (int i = first; i < all.size(); i++) {
            if (page.removedAt(i) || i == bodyAt || !page.containsAt(bodyAt, i)) continue;
            if (isUnlikely(page, all.get(i), i, total, articleBodyMarked)) page.detach(all.get(i));
        }
    }

    private static boolean hidden(PageIndex page, Element e, int at) {
        if (e.attributesSize() == 0) return false;
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && page.textAt(at) < 200) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static boolean isChrome(PageIndex page, Element e, int at) {
        if (CHROME.contains(e.normalName())) return true;
        if (e.nameIs("form") && paragraphs(page, at) < 3) return true;
        return e.attributesSize() > 0 && e.hasAttr("role")
                && CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT));
    }

    /** Paragraphs still on the page inside the element at {@code at}. */
    private static int paragraphs(PageIndex page, int at) {
        List<Element> all = page.elements();
        int n = 0;
        for (int j = at + 1, end = page.endAt(at); j < end; j++) {
            if (!page.removedAt(j) && all.get(j).nameIs("p")) n++;
        }
        return n;
    }

    /** A card that links to another article: a linked headline and a line or two of text. */
    private static boolean isTeaser(PageIndex page, Element e, int at) {
        if (!e.nameIs("article") && !e.nameIs("li") || page.textAt(at) >= 800 || page.linkTextAt(at) == 0) {
            return false;
        }
        // a headline (h2–h4) inside a link, or a link inside a headline
        List<Element> all = page.elements();
        for (int j = at + 1, end = page.endAt(at); j < end; j++) {
            Element h = all.get(j);
            if (page.removedAt(j) || !isTeaserHeading(h)) continue;
            for (int k = j + 1, hEnd = page.endAt(j); k < hEnd; k++) {
                if (!page.removedAt(k) && isLink(all.get(k))) return true;
            }
            for (Element p = h.parent(); p != null && p != e; p = p.parent()) if (isLink(p)) return true;
        }
        return false;
    }

    private static boolean isTeaserHeading(Element e) {
        return e.nameIs("h2") || e.nameIs("h3") || e.nameIs("h4");
    }

    private static boolean isLink(Element e) {
        return e.nameIs("a") && e.attributesSize() > 0 && e.hasAttr("href");
    }

    /** Boilerplate-classed elements go unless they hold much of the page's text (a site-wide wrapper). */
    private static boolean isUnlikely(PageIndex page, Element e, int at, int total, boolean articleBodyMarked) {
        int flags = page.flagsAt(at);
        if (!ClassFlags.has(flags, ClassFlags.NEGATIVE) || ClassFlags.has(flags, ClassFlags.POSITIVE)) return false;
        if (e.nameIs("main") || e.nameIs("article") || e.nameIs("a") || embeddedPost(page, e)) return false;
        if (page.textAt(at) >= total * 0.4) return false;
        return !articleBodyMarked || e.selectFirst(ARTICLE_BODY) == null;
    }

    /** Embedded posts (tweets, Instagram) are quoted by the article, though their classes say "social". */
    static boolean embeddedPost(PageIndex page, Element e) {
        return ClassFlags.has(page.flags(e), ClassFlags.EMBED) && e.selectFirst(QUOTE) != null;
    }
}
