package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds and cleans an article's authors ("By Jane Roe and John Doe" becomes two names). Stateless. */
final class Bylines {

    private static final Pattern PREFIX = Pattern.compile(
            "(?i)^(written |posted |reported |words |story |text |photos? )?(by|von|par|por|di|door|av|от|автор)[:\\s]+");
    private static final Pattern SPLIT = Pattern.compile("(?i)\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\bwith\\b|\\|)\\s*");
    private static final Pattern NOISE = Pattern.compile(
            "(?i)(@|https?:|www\\.|\\d{2}|updated|published|posted|minute|read|follow|email|twitter|contributor|"
            + "staff writer|correspondent|reporter|editor$|associated press writer)");

    private Bylines() {
    }

    static List<String> authors(Document doc, MetaTags meta, List<String> fromJsonLd) {
        Map<String, String> out = new LinkedHashMap<>();
        fromJsonLd.forEach(a -> addAll(out, a));
        if (out.isEmpty()) {
            for (String key : new String[] {"author", "article:author", "dc.creator", "dcterms.creator",
                "parsely-author", "sailthru.author", "byl", "citation_author", "twitter:creator"}) {
                meta.all(key).forEach(a -> addAll(out, a));
                if (!out.isEmpty()) break;
            }
        }
        if (out.isEmpty()) fromDom(doc, out);
        return new ArrayList<>(out.values());
    }

    private static void fromDom(Document doc, Map<String, String> out) {
        for (Element e : doc.select("[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], "
                + "[class~=(?i)(^|[-_ ])(byline|author|authors|author-name|byline__name)($|[-_ ])]")) {
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
        return p.replaceAll("^[\\s\\p{Punct}]+|[\\s\\p{Punct}&&[^.]]+$", "").strip();
    }

    static boolean looksLikeName(String name) {
        if (name.length() < 3 || name.length() > 60 || NOISE.matcher(name).find()) return false;
        int words = name.split("\\s+").length;
        return words <= 5 && Character.isLetter(name.codePointAt(0));
    }
}
