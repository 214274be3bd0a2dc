package org.newsdesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A saved page on disk ({@code .html}, {@code .html.gz} or {@code .txt}): its name, its text decoded with the
 * charset the page declares (UTF-8 otherwise) and the address it names for itself.
 */
public record PageFile(String name, boolean plainText, String content, URI url) {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Pattern SELF_URL = Pattern.compile(
            "(?i)<link[^>]+rel=[\"']?canonical[\"']?[^>]*href=[\"']([^\"'>]+)[\"']|"
            + "<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"'>]+)[\"']");

    /** Whether the extract command reads this file. */
    public static boolean isPage(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".html.gz") || n.endsWith(".htm") || n.endsWith(".txt")
                || n.endsWith(".txt.gz");
    }

    public static PageFile read(Path file) {
        String fileName = file.getFileName().toString();
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean gz = lower.endsWith(".gz");
        String bare = gz ? fileName.substring(0, fileName.length() - 3) : fileName;
        boolean text = bare.toLowerCase(Locale.ROOT).endsWith(".txt");
        String name = bare.replaceFirst("(?i)\\.(html?|txt)$", "");
        byte[] bytes;
        try (InputStream in = gz ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page " + file + ": " + e.getMessage(), e);
        }
        String content = decode(bytes, text);
        URI url = text ? file.toUri() : selfUrl(content, file);
        return new PageFile(name, text, content, url);
    }

    static String decode(byte[] bytes, boolean plainText) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        Charset charset = plainText ? null : declared(new String(bytes, 0, Math.min(bytes.length, 8192),
                StandardCharsets.ISO_8859_1));
        return new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static @Nullable Charset declared(String head) {
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        try {
            Charset c = Charset.forName(m.group(1));
            // pages that say UTF-16 in a meta tag are in fact ASCII-compatible (the HTML standard's rule)
            return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static URI selfUrl(String html, Path file) {
        Matcher m = SELF_URL.matcher(html.length() > 200_000 ? html.substring(0, 200_000) : html);
        while (m.find()) {
            String u = m.group(1) != null ? m.group(1) : m.group(2);
            try {
                URI uri = URI.create(u.strip().replace("&amp;", "&").replace(" ", "%20"));
                if (uri.isAbsolute() && uri.getScheme().startsWith("http")) return uri;
            } catch (IllegalArgumentException e) {
                // a malformed address: try the next one
            }
        }
        return file.toUri();
    }
}
