package org.newsdesk.fetch;

import java.nio.charset.StandardCharsets;

/**
 * Repairs what servers put in {@code Location} headers: raw spaces, non-ASCII characters and stray brackets or
 * quotes that browsers accept and {@link java.net.URI} does not. Stateless.
 */
final class LenientUri {

    private static final String UNSAFE = "\"<>\\^`{|}";
    private static final int SHOWN_CHARS = 200;

    private LenientUri() {
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
}
