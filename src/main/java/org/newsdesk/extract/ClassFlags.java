package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an element's class, id, role and itemprop say about it, as bit flags: boilerplate ("share", "related",
 * "newsletter"), content ("article", "body", "story"), and the roles later passes look for (byline, caption,
 * editor's note…). Words are compared whole, after splitting on punctuation and camelCase, so that "shareBar" and
 * "share-tools" count but "shareholders" does not.
 *
 * <p>Thread-safe. Class names repeat within a page and across a site's pages, so each distinct value is
 * analysed once and remembered (up to a bound).
 */
final class ClassFlags {

    static final int NEGATIVE = 1;
    static final int POSITIVE = 1 << 1;
    static final int EMBED = 1 << 2;
    static final int RELATED = 1 << 3;
    static final int NOTE = 1 << 4;
    static final int STANDFIRST = 1 << 5;
    static final int BYLINE = 1 << 6;
    static final int CAPTION = 1 << 7;
    static final int CREDIT = 1 << 8;
    static final int MEDIA = 1 << 9;
    static final int BREADCRUMB = 1 << 10;

    private static final Set<String> NEGATIVE_WORDS = Set.of(
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
            "screenreader", "sr", "caption", "credit", "credits", "timestamp", "meta", "metadata",
            "header", "kicker", "eyebrow", "tools", "utility", "utilities", "actions", "reactions",
            "storyline", "excerpt", "archive");
    private static final Set<String> POSITIVE_WORDS = Set.of(
            "article", "articles", "body", "content", "contents", "entry", "main", "post", "story", "text",
            "blog", "hentry", "prose", "richtext", "copy", "column", "paragraph", "paragraphs", "articlebody");
    private static final Set<String> STANDFIRST_WORDS = Set.of(
            "standfirst", "dek", "deck", "subtitle", "subheadline", "subhead", "strapline", "summary", "lede",
            "intro", "excerpt", "description", "teaser", "abstract", "sapo", "chapo");
    private static final String[][] NEGATIVE_PHRASES = {
        {"read", "more"}, {"most", "read"}, {"you", "may"}, {"more", "posts"}, {"more", "stories"},
        {"more", "news"}, {"more", "articles"}, {"up", "next"}
    };
    private static final int CACHE_LIMIT = 100_000;

    private final Map<String, Integer> cache = new ConcurrentHashMap<>();

    /** Whether an attribute's value says what the element is: class, id, role or itemprop. */
    static boolean isFlagKey(String key) {
        return switch (key) {
            case "class", "id", "role", "itemprop" -> true;
            default -> false;
        };
    }

    /** The flags of one class, id, role or itemprop value. */
    int ofAttribute(String value) {
        return value.isEmpty() ? 0 : ofValue(value);
    }

    private int ofValue(String value) {
        Integer known = cache.get(value);
        if (known != null) return known;
        int flags = analyse(value);
        if (cache.size() < CACHE_LIMIT) cache.put(value, flags);
        return flags;
    }

    static int analyse(String value) {
        List<String> words = words(value);
        int flags = 0;
        if (isNegative(words)) flags |= NEGATIVE;
        for (String w : words) {
            if (POSITIVE_WORDS.contains(w)) flags |= POSITIVE;
            if (STANDFIRST_WORDS.contains(w)) flags |= STANDFIRST;
            switch (w) {
                case "embed", "embedded", "tweet", "instagram" -> flags |= EMBED;
                case "related", "recirc", "recommended", "recirculation" -> flags |= RELATED;
                case "correction", "corrections", "clarification", "editorsnote", "editornote" -> flags |= NOTE;
                case "byline", "author", "authors" -> flags |= BYLINE;
                case "figure", "image", "photo", "media" -> flags |= MEDIA;
                default -> { }
            }
        }
        if (phrase(words, "editors", "note") || phrase(words, "editor", "note")
                || phrase(words, "editor", "notes")) {
            flags |= NOTE;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.contains("caption")) flags |= CAPTION;
        if (lower.contains("credit") || lower.contains("copyright") || lower.contains("photographer")
                || lower.contains("source") || lower.contains("byline")) {
            flags |= CREDIT;
        }
        if (lower.contains("breadcrumb")) flags |= BREADCRUMB;
        return flags;
    }

    /** Readability's class weight: -25 for boilerplate words, +25 for content words, both when both. */
    static int weight(int flags) {
        return ((flags & POSITIVE) != 0 ? 25 : 0) - ((flags & NEGATIVE) != 0 ? 25 : 0);
    }

    static boolean has(int flags, int flag) {
        return (flags & flag) != 0;
    }

    static List<String> words(String raw) {
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

    private static boolean isNegative(List<String> words) {
        for (String w : words) if (NEGATIVE_WORDS.contains(w)) return true;
        for (String[] p : NEGATIVE_PHRASES) if (phrase(words, p[0], p[1])) return true;
        return false;
    }

    private static boolean phrase(List<String> words, String a, String b) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(a) && words.get(i + 1).equals(b)) return true;
        }
        return false;
    }
}
