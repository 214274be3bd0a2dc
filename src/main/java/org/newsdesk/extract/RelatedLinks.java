package org.newsdesk.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.newsdesk.domain.RelatedLink;

/**
 * Collects the links a page lists as related articles ("Related"/"Read more"/"More stories" blocks and
 * "Read more: …" lines inside the text) and takes those blocks out of the page. Stateless.
 */
final class RelatedLinks {
    private static final Evaluator LINK = QueryParser.parse("a[href]");


    static final Pattern HEADING = Pattern.compile(
            "(?iu)^\\s*(related( articles| stories| news| content| coverage| reading| links)?|read (more|next|also)|"
            + "more (stories|news|articles|from|on|like this).*|you (may|might) (also )?like|see also|also read|"
            + "recommended( for you| stories| articles)?|further reading|more to read|don[’']t miss|"
            + "читайте также|по теме|관련 ?기사|関連記事)\\s*:?\\s*(\\.\\.\\.|…)?\\s*$");
    static final Pattern INLINE_PREFIX = Pattern.compile(
            "(?iu)^\\s*(read (more|also|next)|see (also|more)|related|more|also read|читайте также|관련 ?기사)"
            + "\\s*[:|»>–—-]\\s*");
    private static final Set<String> HEADING_TAGS = Set.of("h2", "h3", "h4", "h5", "h6", "strong", "p", "span", "div");
    private static final int MAX = 20;

    private RelatedLinks() {
    }

    static List<RelatedLink> take(PageIndex page, URI pageUrl) {
        Map<String, RelatedLink> out = new LinkedHashMap<>();
        List<Element> headings = new ArrayList<>();
        List<Element> blocks = blocks(page, headings);
        for (Element block : blocks) {
            if (out.size() < MAX) for (Element a : block.select(LINK)) add(out, a, pageUrl);
        }
        int pageText = page.text(page.document().body());
        for (Element block : blocks) {
            // a wrapper that holds most of the page is not a related block, whatever its class says
            if (page.text(block) < pageText * 0.4) page.detach(block);
        }
        headings.forEach(page::detach);
        return new ArrayList<>(out.values()).subList(0, Math.min(MAX, out.size()));
    }

    private static List<Element> blocks(PageIndex page, List<Element> headings) {
        List<Element> blocks = new ArrayList<>();
        List<Element> all = page.elements();
        for (int i = 0; i < all.size(); ) {
            Element e = all.get(i);
            int text = page.textAt(i);
            int next = i + 1;
            if (ClassFlags.has(page.flagsAt(i), ClassFlags.RELATED)) {
                blocks.add(e);
                next = page.endAt(i);
            } else if (text <= 40 && text >= 4 && isHeading(e)) {
                Element list = listAfter(page, e);
                if (list != null) {
                    blocks.add(list);
                    headings.add(e);
                    next = Math.max(page.endAt(i), page.end(list));
                }
            } else if (text < 250 && page.linkTextAt(i) > 0 && (e.nameIs("p") || e.nameIs("li"))
                    && Text.startsWithAny(e, "rsmaч관") && INLINE_PREFIX.matcher(e.text()).find()) {
                blocks.add(e);
                next = page.endAt(i);
            }
            i = next;
        }
        return blocks;
    }

    private static boolean isHeading(Element e) {
        if (!HEADING_TAGS.contains(e.normalName())) return false;
        // every heading the pattern knows starts with one of these letters: skip the rest without reading them
        return Text.startsWithAny(e, "rmysafdчп관関") && fewChildren(e) && HEADING.matcher(e.text()).matches();
    }

    /** At most two child elements; counted here, as {@code childrenSize()} builds and keeps a list of them. */
    private static boolean fewChildren(Element e) {
        int n = 0;
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) if (++n > 2) return false;
        return true;
    }

    private static Element listAfter(PageIndex page, Element heading) {
        Element list = heading.nextElementSibling();
        if (list == null && heading.parent() != null && page.text(heading.parent()) < 50) {
            list = heading.parent().nextElementSibling();
        }
        return list != null && page.text(list) > 0 && page.linkText(list) >= page.text(list) * 0.5 ? list : null;
    }

    private static void add(Map<String, RelatedLink> out, Element a, URI pageUrl) {
        String url = Addresses.absolute(a, "href");
        if (!url.startsWith("http") || url.equals(pageUrl.toString()) || url.contains("#")) return;
        String title = INLINE_PREFIX.matcher(Text.normalize(a.text())).replaceFirst("");
        if (title.isEmpty()) title = Text.normalize(a.attr("title"));
        if (title.length() < 12 || Text.wordCount(title) < 3 && title.length() < 20) return;
        if (title.length() > 200) title = title.substring(0, 200);
        out.putIfAbsent(url, new RelatedLink(title, url));
    }
}
