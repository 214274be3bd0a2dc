package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it: boilerplate ("share", "related", "newsletter") or content
 * ("article", "body", "story"). Words are compared whole, after splitting on punctuation and camelCase, so that
 * "shareBar" and "share-tools" count but "shareholders" does not. Stateless.
 */
final class ClassNames {

    private static final Set<String> NEGATIVE = Set.of(
            "comment", "comments", "commenting", "disqus", "share", "sharing", "sharebar", "social", "socials",
            "related", "recommended", "recommendations", "recirc", "recirculation", "newsletter", "newsletters",
            "subscribe", "subscription", "promo", "promos", "promotion", "advert", "advertisement", "advertising",
            "ad", "ads", "adslot", "adunit", "dfp", "gpt", "banner", "cookie", "cookies", "consent", "gdpr",
            "popup", "modal", "sidebar", "rail", "breadcrumb", "breadcrumbs", "taboola", "outbrain", "sponsor",
            "sponsored", "trending", "popular", "signup", "pagination", "pager", "toolbar", "masthead", "menu",
            "nav", "navbar", "navigation", "footer", "widget", "widgets", "overlay", "survey", "skip", "jump",
            "tags", "tagline", "topics", "byline", "dateline", "author", "authors", "bio", "print", "download",
            "app", "apps", "follow", "outstream", "teaser", "teasers", "carousel", "subnav", "paywall", "login",
            "signin", "register", "offer", "zergnet", "feedback", "rating", "ratings", "visually",
            "screenreader", "sr", "caption", "credit", "credits", "timestamp", "meta", "metadata", "headline",
            "header", "hed", "kicker", "eyebrow", "tools", "utility", "utilities", "actions", "reactions",
            "storyline", "excerpt", "archive");
    private static final Set<String> POSITIVE = Set.of(
            "article", "articles", "body", "content", "contents", "entry", "main", "post", "story", "text",
            "blog", "hentry", "prose", "richtext", "copy", "column", "paragraph", "paragraphs", "articlebody");

    private ClassNames() {
    }

    static List<String> words(Element e) {
        String raw = e.className() + " " + e.id() + " " + e.attr("role") + " " + e.attr("data-component")
                + " " + e.attr("data-testid") + " " + e.attr("itemprop");
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean boundary = !Character.isLetterOrDigit(c)
                    || (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(raw.charAt(i - 1)));
            if (boundary && !word.isEmpty()) {
                out.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (Character.isLetterOrDigit(c)) word.append(c);
        }
        if (!word.isEmpty()) out.add(word.toString().toLowerCase(Locale.ROOT));
        return out;
    }

    /** Embedded posts (tweets, Instagram) are quoted by the article, though their classes say "social". */
    static boolean embeddedPost(Element e, List<String> words) {
        return (words.contains("embed") || words.contains("tweet") || words.contains("embedded")
                || words.contains("instagram")) && e.selectFirst("blockquote") != null;
    }

    static boolean negative(List<String> words) {
        for (String w : words) if (NEGATIVE.contains(w)) return true;
        return phrase(words, "read", "more") || phrase(words, "most", "read") || phrase(words, "you", "may")
                || phrase(words, "more", "posts") || phrase(words, "more", "stories") || phrase(words, "more", "news")
                || phrase(words, "more", "articles") || phrase(words, "up", "next");
    }

    static boolean positive(List<String> words) {
        for (String w : words) if (POSITIVE.contains(w)) return true;
        return false;
    }

    /** Readability's class weight: -25 for boilerplate words, +25 for content words, both when both. */
    static int weight(Element e) {
        List<String> w = words(e);
        int weight = 0;
        if (negative(w)) weight -= 25;
        if (positive(w)) weight += 25;
        return weight;
    }

    private static boolean phrase(List<String> words, String a, String b) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(a) && words.get(i + 1).equals(b)) return true;
        }
        return false;
    }
}
