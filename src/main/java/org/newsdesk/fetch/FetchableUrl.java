package org.newsdesk.fetch;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns what users and servers hand us into URLs the client can request: absolute http(s), an ASCII host, no
 * user info or fragment, a path of at least "/". {@code Location} headers are repaired the way browsers do (raw
 * spaces, non-ASCII, stray brackets). Stateless.
 */
final class FetchableUrl {

    private static final String UNSAFE = "\"<>\\^`{|}";
    private static final int SHOWN_CHARS = 200;

    private FetchableUrl() {
    }

    /** @throws FetchException {@code INVALID_URL} when the URL cannot be fetched */
    static URI of(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(url, "only http and https URLs can be fetched");
        }
        String host = host(url);
        if (host == null || host.isEmpty()) throw invalid(url, "the URL names no host");
        try {
            String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
            String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
            String port = url.getPort() < 0 ? "" : ":" + url.getPort();
            return new URI(scheme + "://" + host + port + path + query);
        } catch (URISyntaxException e) {
            throw invalid(url, e.getReason());
        }
    }

    /** The target of a redirect, resolved against the URL that answered it. */
    static URI redirect(URI from, String location) {
        URI target;
        try {
            target = from.resolve(new URI(escape(location.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(FetchException.Reason.INVALID_URL, from, "the server at "
                    + RedactedUrl.of(from) + " redirected to an invalid URL: " + shown(location), e);
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Reason.INVALID_URL, from, "the server at "
                    + RedactedUrl.of(from) + " redirected to " + shown(location)
                    + ", which is not an http or https URL");
        }
        return of(target);
    }

    /** The host in ASCII; {@link URI} leaves it null for international names ("bücher.example"), so convert. */
    private static @Nullable String host(URI url) {
        if (url.getHost() != null) return url.getHost();
        String authority = url.getAuthority();
        if (authority == null) return null;
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostAndPort.lastIndexOf(':');
        String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
        try {
            return host.isEmpty() ? null : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Percent-encodes the characters a URI may not hold; existing escapes and reserved characters stay. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || UNSAFE.indexOf(c) >= 0) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** A header value fit for a message: printable, not too long. */
    static String shown(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= SHOWN_CHARS ? printable : printable.substring(0, SHOWN_CHARS) + "…";
    }

    private static FetchException invalid(URI url, String why) {
        return new FetchException(FetchException.Reason.INVALID_URL, url,
                "cannot fetch " + RedactedUrl.of(url) + ": " + why);
    }
}
