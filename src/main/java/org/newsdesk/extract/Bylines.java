package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Finds and cleans an article's authors ("By Jane Roe and John Doe" becomes two names). Stateless. */
final class Bylines {
    private static final Evaluator NAME = QueryParser.parse("[itemprop=name]");
    private static final Evaluator FORM = QueryParser.parse("form");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s\\p{Punct}]+|[\\s\\p{Punct}&&[^.]]+$");


    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^(([\\p{L}]+ ){0,2}by|von|par|por|door|от|автор)[:\\s]+");
    private static final Pattern SPLIT = Pattern.compile(
            "(?iu)\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\bwith\\b|\\|)\\s*");
    private static final Pattern NOISE = Pattern.compile(
            "(?i)(@|https?:|www\\.|\\d{2}|updated|published|posted|minute|read|follow|email|twitter|contributor|"
            + "staff writer|correspondent|reporter|editor$|associated press writer)");

    private Bylines() {
    }

    static List<String> authors(PageIndex page, MetaTags meta, List<String> fromJsonLd) {
        Map<String, String> out = new LinkedHashMap<>();
        fromJsonLd.forEach(a -> addAll(out, a));
        if (out.isEmpty()) {
            for (String key : MetaTags.AUTHORS) {
                meta.all(key).forEach(a -> addAll(out, a));
                if (!out.isEmpty()) break;
            }
        }
        if (out.isEmpty()) fromDom(page, out);
        if (out.isEmpty()) meta.all(MetaTags.AUTHOR_HANDLE).forEach(a -> addAll(out, a));
        return new ArrayList<>(out.values());
    }

    private static void fromDom(PageIndex page, Map<String, String> out) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : page.itemprops) {
            if (e.attr("itemprop").equals("author")) {
                Element name = e.selectFirst(NAME);
                candidates.add(name != null ? name : e);
            }
        }
        candidates.addAll(page.authorLinks);
        List<Element> all = page.elements();
        for (int i = 0; i < all.size(); i++) {
            if (ClassFlags.has(page.flagsAt(i), ClassFlags.BYLINE) && page.textAt(i) < 120) candidates.add(all.get(i));
        }
        int pageText = page.text(page.document().body());
        for (Element e : candidates) {
            // a comment form's "Name (required)" field is classed as an author too; a form that wraps the page
            // (ASP.NET) is no such form
            Element form = e.closest(FORM);
            if (form != null && page.text(form) < pageText / 2) continue;
            String text = e.text();
            if (text.length() > 2 && text.length() < 120) addAll(out, text);
            if (!out.isEmpty()) return;
        }
    }

    private static void addAll(Map<String, String> out, String raw) {
        String s = Text.normalize(raw);
        if (s.startsWith("http") || s.isEmpty()) return;
        s = PREFIX.matcher(s).replaceFirst("");
        for (String part : SPLIT.split(s)) {
            String name = clean(part);
            if (looksLikeName(name)) out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
    }

    private static String clean(String part) {
        String p = PREFIX.matcher(Text.normalize(part)).replaceFirst("");
        return EDGE_PUNCTUATION.matcher(p).replaceAll("").strip();
    }

    static boolean looksLikeName(String name) {
        if (name.length() < 3 || name.length() > 60 || NOISE.matcher(name).find()) return false;
        int words = Text.wordCount(name);
        return words <= 5 && Character.isLetter(name.codePointAt(0));
    }
}
