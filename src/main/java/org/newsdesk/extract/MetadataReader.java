package org.newsdesk.extract;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/** Reads a page's metadata: JSON-LD first, then OpenGraph, Dublin Core, microdata and the DOM. Thread-safe. */
final class MetadataReader {
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator LINK = QueryParser.parse("a");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[,;]");

    private final JsonLdReader jsonLd = new JsonLdReader();

    PageMetadata read(PageIndex page, URI pageUrl) {
        Document doc = page.document();
        JsonLdReader.Facts ld = jsonLd.read(page.jsonLd);
        MetaTags meta = new MetaTags(page.metas);
        String siteName = firstNonNull(meta.first(MetaTags.SITE_NAME), ld.publisher());
        String title = Titles.choose(page, meta, ld.headline(), siteName);
        List<String> authors = Bylines.authors(page, meta, ld.authors());
        Instant published = firstDate(ld.published(), meta.first(MetaTags.PUBLISHED), timeElement(page));
        String canonical = canonical(page, meta, ld);
        if (published == null) published = DateParser.fromUrl(pageUrl.toString());
        if (published == null && canonical != null) published = DateParser.fromUrl(canonical);
        if (published == null) published = HeadlineDates.find(page);
        Instant updated = firstDate(ld.modified(), meta.first(MetaTags.UPDATED), null);
        String image = absolute(doc, firstNonNull(meta.first(MetaTags.IMAGE), ld.image()));
        return new PageMetadata(title, authors, published, updated, siteName, language(doc, meta, ld),
                canonical, image, ld.imageCaption(), ld.imageCredit(),
                firstNonNull(meta.first(MetaTags.DESCRIPTION), ld.description()),
                tags(page, meta, ld), ld.articleBody());
    }

    private static @Nullable String timeElement(PageIndex page) {
        for (Element e : page.itemprops) {
            if (e.attr("itemprop").equals("datePublished") && (e.hasAttr("datetime") || e.hasAttr("content"))) {
                return e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
            }
        }
        Element inArticle = null;
        Element first = null;
        for (Element t : page.times) {
            if (!t.hasAttr("datetime")) continue;
            if (t.hasAttr("pubdate")) return t.attr("datetime");
            if (first == null) first = t;
            if (inArticle == null && t.closest(ARTICLE) != null) inArticle = t;
        }
        Element e = inArticle != null ? inArticle : first;
        return e == null ? null : e.attr("datetime");
    }

    /**
     * The first date the candidates give; when it is a day without a time ("2019-11-18") and a later candidate gives
     * a time on that day, that one, as it says more.
     */
    private static @Nullable Instant firstDate(@Nullable String... candidates) {
        for (int k = 0; k < candidates.length; k++) {
            Instant date = DateParser.parse(candidates[k]);
            if (date == null) continue;
            if (!isDayOnly(candidates[k])) return date;
            Instant timed = timeOnDay(date, candidates, k + 1);
            return timed != null ? timed : date;
        }
        return null;
    }

    /** The first of {@code candidates} from {@code from} on that gives a time on {@code day}; null when none does. */
    private static @Nullable Instant timeOnDay(Instant day, @Nullable String[] candidates, int from) {
        // the day is read as midnight UTC: a time on it in any zone lies within 12 hours before and 38 after
        Instant earliest = day.minus(Duration.ofHours(12));
        Instant latest = day.plus(Duration.ofHours(38));
        for (int j = from; j < candidates.length; j++) {
            Instant timed = isDayOnly(candidates[j]) ? null : DateParser.parse(candidates[j]);
            if (timed != null && !timed.isBefore(earliest) && timed.isBefore(latest)) return timed;
        }
        return null;
    }

    private static boolean isDayOnly(@Nullable String date) {
        return date != null && date.strip().length() <= 10;
    }

    private static @Nullable String language(Document doc, MetaTags meta, JsonLdReader.Facts ld) {
        Element html = doc.firstElementChild();
        String lang = html != null && html.nameIs("html") ? html.attr("lang") : "";
        if (lang.isBlank()) lang = nullToEmpty(meta.first(MetaTags.LANGUAGE));
        if (lang.isBlank()) lang = nullToEmpty(ld.language());
        lang = lang.strip().replace('_', '-');
        if (!LANGUAGE_TAG.matcher(lang).matches()) return null;
        String[] parts = lang.split("-");
        StringBuilder out = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            out.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
        }
        return out.toString();
    }

    private static @Nullable String canonical(PageIndex page, MetaTags meta, JsonLdReader.Facts ld) {
        Document doc = page.document();
        String url = page.canonicalLinks.isEmpty() ? "" : Addresses.absolute(page.canonicalLinks.get(0), "href");
        if (url.isEmpty()) url = nullToEmpty(absolute(doc, meta.first(MetaTags.URL)));
        if (url.isEmpty()) url = nullToEmpty(absolute(doc, ld.url()));
        return url.startsWith("http://") || url.startsWith("https://") ? url : null;
    }

    private static List<String> tags(PageIndex page, MetaTags meta, JsonLdReader.Facts ld) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String tag : meta.all(MetaTags.TAG)) add(out, tag);
        for (String key : MetaTags.KEYWORDS) {
            for (String value : meta.all(key)) for (String tag : TAG_SEPARATOR.split(value)) add(out, tag);
        }
        ld.keywords().forEach(tag -> add(out, tag));
        List<String> crumbs = new ArrayList<>(ld.breadcrumbs());
        if (crumbs.isEmpty()) {
            // by position: the flags sit in an array, where looking each flagged element up would hash it
            int last = -1;
            List<Element> all = page.elements();
            for (int i = 0; i < all.size(); i++) {
                if (!ClassFlags.has(page.flagsAt(i), ClassFlags.BREADCRUMB) || last >= 0 && page.containsAt(last, i)) {
                    continue;
                }
                for (Element a : all.get(i).select(LINK)) crumbs.add(a.text());
                last = i;
            }
        }
        for (String crumb : crumbs) {
            if (!crumb.equalsIgnoreCase("home") && crumb.length() < 60) add(out, crumb);
        }
        return out.values().stream().limit(40).toList();
    }

    private static void add(Map<String, String> out, String tag) {
        String t = Text.normalize(tag);
        if (t.length() < 2 || t.length() > 80 || t.startsWith("http")) return;
        out.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
    }

    static @Nullable String absolute(Document doc, @Nullable String url) {
        if (url == null || url.isBlank()) return null;
        try {
            URI base = URI.create(doc.location().isEmpty() ? "http://localhost/" : doc.location());
            String abs = base.resolve(url.strip().replace(" ", "%20")).toString();
            return abs.startsWith("http://") || abs.startsWith("https://") ? abs : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String firstNonNull(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }

    private static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
