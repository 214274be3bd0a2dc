package org.newsdesk.cluster;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A URL reduced to what identifies the page, so a canonical link or a body link meets the URL it names:
 * no scheme, no "www.", no fragment, no utm_ tracking parameters, no trailing slash, host in lower case.
 */
final class UrlKey {

    private UrlKey() {
    }

    static @Nullable String of(@Nullable String url) {
        if (url == null || url.isBlank()) return null;
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        int scheme = u.indexOf("://");
        if (scheme >= 0) u = u.substring(scheme + 3);
        int slash = u.indexOf('/');
        String host = (slash < 0 ? u : u.substring(0, slash)).toLowerCase(Locale.ROOT);
        String rest = slash < 0 ? "" : u.substring(slash);
        if (host.startsWith("www.")) host = host.substring(4);
        rest = withoutTracking(rest);
        while (rest.endsWith("/")) rest = rest.substring(0, rest.length() - 1);
        return host.isEmpty() ? null : host + rest;
    }

    private static String withoutTracking(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        if (q < 0) return pathAndQuery;
        StringBuilder kept = new StringBuilder();
        for (String param : pathAndQuery.substring(q + 1).split("&")) {
            if (param.isEmpty() || param.toLowerCase(Locale.ROOT).startsWith("utm_")) continue;
            kept.append(kept.isEmpty() ? '?' : '&').append(param);
        }
        return pathAndQuery.substring(0, q) + kept;
    }
}
