package org.newsdesk.fetch;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the character set of a fetched body. Stateless and thread-safe.
 *
 * <p>The order follows the HTML encoding-sniffing algorithm: a byte order mark wins even over the header (it cannot
 * be there by accident, while a server's default charset often can), then the {@code Content-Type} charset, then
 * the document's own declaration, then UTF-8. Unknown or unsupported names are skipped, not fatal.
 */
final class CharsetDetector {

    /** How far into the document a declaration is looked for; the HTML standard says 1024, real pages need more. */
    static final int PRESCAN_BYTES = 4096;

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)");
    private static final Pattern META_TAG = Pattern.compile("(?is)<meta\\s[^>]*>");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)\\bcharset\\s*=\\s*[\"']?\\s*([^\"'\\s/>;]+)");
    private static final Pattern XML_PROLOG =
            Pattern.compile("^\\s*<\\?xml\\s[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private CharsetDetector() {
    }

    static Charset detect(byte[] body, @Nullable String contentType) {
        Charset found = fromBom(body);
        if (found == null) found = fromHeader(contentType);
        if (found == null) found = fromDocument(body, mediaType(contentType));
        return found != null ? found : StandardCharsets.UTF_8;
    }

    /** Decodes, replacing malformed input (never throws) and dropping a leading byte order mark. */
    static String decode(byte[] body, Charset charset) {
        String text = new String(body, charset);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    static @Nullable String mediaType(@Nullable String contentType) {
        if (contentType == null) return null;
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.isEmpty() ? null : type.toLowerCase(Locale.ROOT);
    }

    static @Nullable Charset fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    static @Nullable Charset fromHeader(@Nullable String contentType) {
        if (contentType == null) return null;
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? lookup(m.group(1)) : null;
    }

    /** The declaration inside the document: the XML prolog for XML, {@code <meta>} for HTML, either when unknown. */
    static @Nullable Charset fromDocument(byte[] body, @Nullable String mediaType) {
        // Declarations are ASCII; ISO-8859-1 maps every byte to one char, so offsets and patterns stay simple.
        String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        // Feeds are often served as text/plain or text/html, so only the clearest types rule a declaration out.
        boolean mayBeXml = !"text/html".equals(mediaType);
        boolean mayBeHtml = mediaType == null || mediaType.contains("html") || !mediaType.contains("xml");
        Charset found = mayBeXml ? fromXmlProlog(head) : null;
        if (found == null && mayBeHtml) found = fromMeta(head);
        return found;
    }

    private static @Nullable Charset fromXmlProlog(String head) {
        Matcher m = XML_PROLOG.matcher(head);
        return m.find() ? lookup(m.group(1)) : null;
    }

    private static @Nullable Charset fromMeta(String head) {
        Matcher tag = META_TAG.matcher(head);
        while (tag.find()) {
            String meta = tag.group();
            Matcher charset = META_CHARSET.matcher(meta);
            if (!charset.find()) continue;
            Charset found = lookup(charset.group(1));
            if (found == null) continue;
            // A page that reached us as bytes cannot be UTF-16 unless it had a BOM: the HTML standard reads UTF-8.
            return found.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : found;
        }
        return null;
    }

    private static @Nullable Charset lookup(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
