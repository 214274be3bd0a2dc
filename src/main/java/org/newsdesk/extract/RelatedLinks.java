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

    static List<RelatedLink> find(Document doc, URI pageUrl) {
        Map<String, RelatedLink> out = new LinkedHashMap<>();
        for (Element block : blocks(doc)) {
            for (Element a : block.select("a[href]")) add(out, a, pageUrl);
            if (out.size() >= MAX) break;
        }
        return new ArrayList<>(out.values()).subList(0, Math.min(MAX, out.size()));
    }

    private static List<Element> blocks(Document doc) {
        List<Element> blocks = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            List<String> words = ClassNames.words(e);
            boolean related = words.contains("related") || words.contains("recirc") || words.contains("recommended")
                    || words.contains("recirculation");
            if (related && !insideAny(e, blocks)) blocks.add(e);
        }
        for (Element h : doc.body().select("h2, h3, h4, h5, h6, strong, p, div")) {
            if (h.childrenSize() > 2 || h.text().length() > 40 || !HEADING.matcher(h.text()).matches()) continue;
            Element list = h.nextElementSibling();
            if (list == null && h.parent() != null) list = h.parent().nextElementSibling();
            if (list != null && !list.select("a[href]").isEmpty() && !insideAny(list, blocks)) blocks.add(list);
        }
        for (Element p : doc.body().select("p, li")) {
            if (INLINE_PREFIX.matcher(p.text()).find() && p.selectFirst("a[href]") != null && p.text().length() < 250) {
                blocks.add(p);
            }
        }
        return blocks;
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
