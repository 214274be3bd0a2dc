package org.newsdesk.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/** Chooses the article's headline and strips the site's name from it. Stateless. */
final class Titles {
    private static final Evaluator ARTICLE = QueryParser.parse("article, main");
    private static final Pattern TRAILING = Pattern.compile("[\\s|\\-–—:·•»/]+$");
    private static final Pattern LEADING = Pattern.compile("^[\\s|\\-–—:·•»/]+");
    private static final Pattern DOMAIN = Pattern.compile("[\\w.-]+\\.(com|org|net|co\\.uk|co|io|news|de|fr|ru|jp|kr)");


    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]\\s+|\\s*[|·•»]\\s*");

    private Titles() {
    }

    static String choose(PageIndex page, MetaTags meta, @Nullable String headline, @Nullable String siteName) {
        String h1 = h1(page);
        String og = meta.first(MetaTags.TITLE);
        for (String candidate : new String[] {og, headline, h1, page.title()}) {
            String cleaned = strip(candidate, siteName, h1);
            if (cleaned != null) return cleaned;
        }
        return "";
    }

    private static @Nullable String h1(PageIndex page) {
        Element chosen = null;
        for (Element h : page.h1s) {
            if (h.closest(ARTICLE) != null) {
                chosen = h;
                break;
            }
        }
        if (chosen == null) {
            chosen = page.itemprops.stream().filter(e -> "headline".equals(e.attr("itemprop"))).findFirst()
                    .orElse(page.h1s.isEmpty() ? null : page.h1s.get(0));
        }
        return chosen == null ? null : Text.orNull(chosen.text());
    }

    /** Removes a leading or trailing site name ("Title | Site", "Site - Title"). */
    static @Nullable String strip(@Nullable String title, @Nullable String siteName, @Nullable String h1) {
        String t = Text.orNull(title);
        if (t == null) return null;
        if (h1 != null && t.startsWith(h1) && h1.length() >= 10) return h1;
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) return t;
        String site = siteName == null ? "" : siteName.toLowerCase(Locale.ROOT);
        String last = parts[parts.length - 1];
        String first = parts[0];
        if (isSite(last, site)) {
            return TRAILING.matcher(Text.normalize(t.substring(0, t.lastIndexOf(last)))).replaceAll("");
        }
        if (isSite(first, site)) return LEADING.matcher(Text.normalize(t.substring(first.length()))).replaceAll("");
        return t;
    }

    private static boolean isSite(String part, String site) {
        String p = part.toLowerCase(Locale.ROOT).strip();
        if (p.isEmpty()) return false;
        if (!site.isEmpty() && (p.equals(site) || site.contains(p) || p.contains(site))) return true;
        return DOMAIN.matcher(p).matches();
    }
}
