package org.newsdesk.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an article says about where it came from and who it is: its own URL and publisher, the URLs it names as
 * its source (canonical link, links in the body) and the words after "originally published by" and the like.
 */
record Credit(@Nullable String urlKey, @Nullable String source, Set<String> namedUrls, List<String> phrases) {

    private static final Pattern CUE = Pattern.compile(
            "(?:originally|first)\\s+(?:published|appeared|ran|posted)|republished|reprinted|syndicated",
            Pattern.CASE_INSENSITIVE);
    private static final int PHRASE_CHARS = 80;

    static Credit of(ClusterDoc doc) {
        String own = UrlKey.of(doc.url());
        Set<String> named = new LinkedHashSet<>();
        String canonical = UrlKey.of(doc.canonicalUrl());
        if (canonical != null && !canonical.equals(own)) named.add(canonical);
        for (String link : doc.linkedUrls()) {
            String key = UrlKey.of(link);
            if (key != null && !key.equals(own)) named.add(key);
        }
        String source = doc.source() == null || doc.source().isBlank() ? null
                : doc.source().strip().toLowerCase(Locale.ROOT);
        return new Credit(own, source, Set.copyOf(named), phrases(doc.text()));
    }

    /** Whether this article names the other as its source, by link or by publisher. */
    boolean names(Credit other) {
        if (other.urlKey != null && namedUrls.contains(other.urlKey)) return true;
        if (other.source == null || other.source.length() < 3 || other.source.equals(source)) return false;
        for (String phrase : phrases) if (phrase.contains(other.source)) return true;
        return false;
    }

    private static List<String> phrases(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CUE.matcher(text);
        while (m.find() && out.size() < 4) {
            int end = Math.min(text.length(), m.end() + PHRASE_CHARS);
            out.add(text.substring(m.end(), end).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }
}
