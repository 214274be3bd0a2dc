package org.newsdesk.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a document's bytes into text. The charset comes from, in order: a byte order mark, the XML declaration,
 * the Content-Type charset, else UTF-8. The XML declaration wins over the header because feeds are often served by
 * servers that guess the header while the publishing software writes the declaration.
 *
 * <p>Decoding is lenient: invalid byte sequences become U+FFFD instead of failing the whole document, since one
 * broken character in one entry should not hide every other entry. Thread-safe (stateless).
 */
final class BodyDecoder {

    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern CHARSET_PARAM =
            Pattern.compile(";\\s*charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    String decode(byte[] body, @Nullable String contentType) {
        int bomLength = 0;
        Charset charset;
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(body, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (startsWith(body, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (startsWith(body, 0x00, 0x3C, 0x00, 0x3F)) {
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(body, 0x3C, 0x00, 0x3F, 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declaredCharset(body, contentType);
        }
        String text = decodeLeniently(body, bomLength, charset);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** Drops the control characters XML 1.0 forbids: feeds often carry stray ones copied from word processors. */
    static String withoutXmlControlCharacters(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean forbidden = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
            if (forbidden && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!forbidden && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static Charset declaredCharset(byte[] body, @Nullable String contentType) {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1);
        Matcher declaration = XML_ENCODING.matcher(head);
        if (declaration.find()) {
            Charset charset = charsetNamed(declaration.group(1));
            if (charset != null) return charset;
        }
        if (contentType != null) {
            Matcher param = CHARSET_PARAM.matcher(contentType);
            if (param.find()) {
                Charset charset = charsetNamed(param.group(1));
                if (charset != null) return charset;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static @Nullable Charset charsetNamed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // Like browsers: documents labelled Latin-1 or ASCII are nearly always windows-1252 (curly quotes, euro).
        if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii") || lower.equals("ascii")) {
            lower = "windows-1252";
        }
        // A UTF-16 label without a byte order mark on a document we could read as ASCII is a mislabel.
        if (lower.startsWith("utf-16")) return StandardCharsets.UTF_8;
        try {
            return Charset.isSupported(lower) ? Charset.forName(lower) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String decodeLeniently(byte[] body, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
