package org.newsdesk.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.URI;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a response body in chunks, decompressing as it goes, and stops as soon as it grows past the limit: an
 * oversized body, or a small compressed one that inflates to gigabytes, is never held in memory. Stateless.
 */
final class BoundedBody {

    private static final int CHUNK = 16 * 1024;

    private BoundedBody() {
    }

    /**
     * Reads the whole body and closes the stream.
     *
     * @param contentEncoding the {@code Content-Encoding} header, if any
     * @throws FetchException {@code TOO_LARGE} past {@code maxBytes}, {@code HTTP_ERROR} for an unknown encoding
     */
    static byte[] read(InputStream raw, @Nullable String contentEncoding, long maxBytes, URI url) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, CHUNK));
        try (InputStream in = decoded(raw, contentEncoding, url)) {
            byte[] chunk = new byte[CHUNK];
            long total = 0;
            int n;
            while ((n = in.read(chunk)) != -1) {
                total += n;
                if (total > maxBytes) throw tooLarge(url, maxBytes);
                out.write(chunk, 0, n);
            }
        }
        return out.toByteArray();
    }

    /** Refuses a body whose announced length is already over the limit, before reading any of it. */
    static void checkAnnouncedLength(long contentLength, long maxBytes, URI url) {
        if (contentLength > maxBytes) throw tooLarge(url, maxBytes);
    }

    static FetchException tooLarge(URI url, long maxBytes) {
        return new FetchException(FetchException.Reason.TOO_LARGE, url,
                "the response from " + RedactedUrl.of(url) + " is over the " + describe(maxBytes) + " limit");
    }

    /** A size as people write it: "10 MB", "512 KB", "1.5 MB", "900 bytes" (binary multiples). */
    static String describe(long bytes) {
        long mb = 1024L * 1024;
        if (bytes >= mb) return number(bytes / (double) mb) + " MB";
        if (bytes >= 1024) return number(bytes / 1024.0) + " KB";
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Undoes the encodings in reverse order of application ("gzip, identity" was gzip first). */
    private static InputStream decoded(InputStream raw, @Nullable String contentEncoding, URI url)
            throws IOException {
        if (contentEncoding == null || contentEncoding.isBlank()) return raw;
        PushbackInputStream in = new PushbackInputStream(raw, 1);
        int first = in.read();
        if (first < 0) return in; // an empty body has no compression header to read
        in.unread(first);
        return decoded(in, contentEncoding.toLowerCase(Locale.ROOT).split(","), url);
    }

    private static InputStream decoded(InputStream raw, String[] codings, URI url) throws IOException {
        InputStream in = raw;
        for (int i = codings.length - 1; i >= 0; i--) {
            in = switch (codings[i].strip()) {
                case "identity", "" -> in;
                case "gzip", "x-gzip" -> new GZIPInputStream(in, CHUNK);
                case "deflate" -> inflating(in);
                default -> throw new FetchException(FetchException.Reason.HTTP_ERROR, url, "the server at "
                        + RedactedUrl.of(url) + " sent the body in the unsupported encoding \"" + codings[i].strip()
                        + "\"");
            };
        }
        return in;
    }

    /** "deflate" should be zlib-wrapped, but some servers send the raw stream: the first two bytes tell. */
    private static InputStream inflating(InputStream in) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(in, 2);
        int first = peek.read();
        int second = first < 0 ? -1 : peek.read();
        if (second >= 0) peek.unread(second);
        if (first >= 0) peek.unread(first);
        boolean zlib = first >= 0 && second >= 0 && (first & 0x0F) == 8 && ((first << 8) | second) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        return new InflaterInputStream(peek, inflater, CHUNK) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    inflater.end(); // a stream given its own Inflater leaves freeing it to us
                }
            }
        };
    }
}
