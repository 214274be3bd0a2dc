package org.newsdesk.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsdesk.domain.RelatedLink;

/**
 * Collects the links a page lists as related articles: "Related"/"Read more"/"More stories" blocks and
 * "Read more: …" lines inside the text. Stateless.
 */
final class RelatedLinks {

    static final Pattern HEADING = Pattern.compile(
            "(?iu)^\\s*(related( articles| stories| news| content| coverage| reading| links)?|read (more|next|also)|"
            + "more (stories|news|articles|from|on|like this).*|you (may|might) (also )?like|see also|also read|"
            + "recommended( for you| stories| articles)?|further reading|more to read|читайте также|по теме|관련 ?기사|関連記事)\\s*:?\\s*$");
    static final Pattern INLINE_PREFIX = Pattern.compile(
            "(?iu)^\\s*(read (more|also|next)|see also|related|more|also read|читайте также|관련 ?기사)\\s*[:|»>–—-]\\s*");
    private static final int MAX = 20;

    private RelatedLinks() {
    }

    /** Collects the related links and removes their blocks from the page, so they stay out of the body. */
    static List<RelatedLink> take(Document doc, URI pageUrl) {
        Map<String, RelatedLink> out = new LinkedHashMap<>();
        List<Element> headings = new ArrayList<>();
        List<Element> blocks = blocks(doc, headings);
        for (Element block : blocks) {
            if (out.size() < MAX) for (Element a : block.select("a[href]")) add(out, a, pageUrl);
        }
        int pageText = doc.body().text().length();
        for (Element block : blocks) {
            // a wrapper that holds most of the page is not a related block, whatever its class says
            if (block.text().length() < pageText * 0.4) block.remove();
        }
        headings.forEach(Element::remove);
        return new ArrayList<>(out.values()).subList(0, Math.min(MAX, out.size()));
    }

    private static List<Element> blocks(Document doc, List<Element> headings) {
        List<Element> blocks = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            List<String> words = ClassNames.words(e);
            boolean related = words.contains("related") || words.contains("recirc") || words.contains("recommended")
                    || words.contains("recirculation");
            if (related && !insideAny(e, blocks)) blocks.add(e);
        }
        for (Element h : doc.body().select("h2, h3, h4, h5, h6, strong, p, span, div")) {
            if (h.childrenSize() > 2 || h.text().length() > 40 || !HEADING.matcher(h.text()).matches()) continue;
            Element list = h.nextElementSibling();
            if (list == null && h.parent() != null && h.parent().text().length() < 50) {
                list = h.parent().nextElementSibling();
            }
            if (list != null && mostlyLinks(list) && !insideAny(list, blocks)) {
                blocks.add(list);
                headings.add(h);
            }
        }
        for (Element p : doc.body().select("p, li")) {
            if (INLINE_PREFIX.matcher(p.text()).find() && p.selectFirst("a[href]") != null && p.text().length() < 250) {
                blocks.add(p);
            }
        }
        return blocks;
    }

    private static boolean mostlyLinks(Element list) {
        int text = list.text().length();
        if (text == 0) return false;
        int links = 0;
        for (Element a : list.select("a[href]")) links += a.text().length();
        return links >= text * 0.5;
    }

    private static boolean insideAny(Element e, List<Element> blocks) {
        for (Element b : blocks) if (e == b || e.parents().contains(b)) return true;
        return false;
    }

    private static void add(Map<String, RelatedLink> out, Element a, URI pageUrl) {
        String url = a.absUrl("href");
        if (!url.startsWith("http") || url.equals(pageUrl.toString()) || url.contains("#")) return;
        String title = INLINE_PREFIX.matcher(Text.normalize(a.text())).replaceFirst("");
        if (title.isEmpty()) title = Text.normalize(a.attr("title"));
        if (title.length() < 12 || title.split("\\s+").length < 3 && title.length() < 20) return;
        if (title.length() > 200) title = title.substring(0, 200);
        out.putIfAbsent(url, new RelatedLink(title, url));
    }
}
