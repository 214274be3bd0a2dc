package org.newsdesk.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URLs as they may appear in messages and logs: without user info, and with the values of query parameters that
 * look like credentials (private feeds often carry {@code ?token=…}) masked. Stateless and thread-safe.
 */
final class RedactedUrl {

    private static final Pattern SECRET_NAME =
            Pattern.compile(".*(token|key|secret|passw|pwd|auth|sig|session|credential).*");

    private RedactedUrl() {
    }

    /** The URL as text, safe to show. */
    static String of(URI url) {
        URI plain = withoutUserInfo(url);
        String query = plain.getRawQuery();
        if (query == null) return plain.toString();
        String text = plain.toString();
        int start = text.indexOf('?');
        int end = start + 1 + query.length();
        return text.substring(0, start + 1) + maskQuery(query) + text.substring(end);
    }

    static URI withoutUserInfo(URI url) {
        String authority = url.getRawAuthority();
        if (url.getRawUserInfo() == null || authority == null) return url;
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        String fragment = url.getRawFragment() == null ? "" : "#" + url.getRawFragment();
        return URI.create(url.getScheme() + "://" + hostAndPort + path + query + fragment);
    }

    private static String maskQuery(String query) {
        StringBuilder out = new StringBuilder(query.length());
        for (String pair : query.split("&", -1)) {
            if (!out.isEmpty()) out.append('&');
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            boolean secret = eq >= 0 && SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
            out.append(secret ? name + "=***" : pair);
        }
        return out.toString();
    }
}
