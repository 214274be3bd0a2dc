package org.newsdesk.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the links a document gives (often relative, sometimes with spaces or other characters URIs forbid)
 * into absolute web addresses. Pure functions; thread-safe.
 */
final class LinkResolver {

    private LinkResolver() {}

    /** The link resolved against a base, or null when it is blank, unreadable or not an http(s) address. */
    static @Nullable URI resolveHttp(URI base, @Nullable String href) {
        URI resolved = resolve(base, href);
        return resolved != null && isHttp(resolved) ? resolved : null;
    }

    /** The link resolved against a base (any scheme), or null when it is blank or unreadable. */
    static @Nullable URI resolve(URI base, @Nullable String href) {
        String trimmed = href == null ? "" : href.strip();
        if (trimmed.isEmpty()) return null;
        URI link = parse(trimmed);
        if (link == null) return null;
        if (link.isAbsolute()) return link;
        if (base.isOpaque()) return null;
        URI rootedBase = base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
        // java.net.URI follows RFC 2396 here; RFC 3986 keeps the base path for a query-only reference.
        if (trimmed.startsWith("?")) {
            String noQuery = rootedBase.toString().replaceFirst("[?#].*$", "");
            return parse(noQuery + trimmed);
        }
        try {
            return rootedBase.resolve(link);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An absolute http(s) address from a string that must stand on its own (a GUID, an OPML xmlUrl). */
    static @Nullable URI absoluteHttp(@Nullable String value) {
        String trimmed = value == null ? "" : value.strip();
        URI uri = trimmed.isEmpty() ? null : parse(trimmed);
        return uri != null && isHttp(uri) && uri.getHost() != null ? uri : null;
    }

    static boolean isHttp(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null) return false;
        String lower = scheme.toLowerCase(Locale.ROOT);
        return (lower.equals("http") || lower.equals("https")) && uri.getRawAuthority() != null;
    }

    private static @Nullable URI parse(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            try {
                return new URI(encodeForbidden(value));
            } catch (URISyntaxException again) {
                return null;
            }
        }
    }

    /** Percent-encodes the characters browsers accept in links but URIs forbid (spaces, pipes, braces...). */
    private static String encodeForbidden(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (" \"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
