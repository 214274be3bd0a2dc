package org.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    private static final URI URL = URI.create("https://news.example/feed");

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            z.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void readsPlainBody() throws IOException {
        byte[] body = BoundedBody.read(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)), null, 5, URL);
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("hello");
    }

    @Test
    void stopsOneByteOverTheLimit() {
        FetchException e = catchThrowableOfType(FetchException.class, () ->
                BoundedBody.read(new ByteArrayInputStream(new byte[6]), null, 5, URL));
        assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("the response from https://news.example/feed is over the 5 bytes limit");
    }

    @Test
    void stopsReadingAnEndlessStreamEarly() {
        CountingEndlessStream endless = new CountingEndlessStream();
        FetchException e = catchThrowableOfType(FetchException.class, () ->
                BoundedBody.read(endless, null, 1024 * 1024, URL));
        assertThat(e.getMessage()).isEqualTo("the response from https://news.example/feed is over the 1 MB limit");
        assertThat(endless.served).isLessThan(1024 * 1024 + 64 * 1024);
    }

    @Test
    void inflatesGzipAndBothKindsOfDeflate() throws IOException {
        byte[] text = "<rss>news</rss>".repeat(100).getBytes(StandardCharsets.UTF_8);
        assertThat(BoundedBody.read(new ByteArrayInputStream(gzip(text)), "gzip", 1 << 20, URL)).isEqualTo(text);
        assertThat(BoundedBody.read(new ByteArrayInputStream(deflate(text, false)), "deflate", 1 << 20, URL))
                .isEqualTo(text);
        assertThat(BoundedBody.read(new ByteArrayInputStream(deflate(text, true)), "deflate", 1 << 20, URL))
                .isEqualTo(text);
    }

    @Test
    void capAppliesToTheInflatedSize() throws IOException {
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(100 * 1024);
        FetchException e = catchThrowableOfType(FetchException.class, () ->
                BoundedBody.read(new ByteArrayInputStream(bomb), "gzip", 10L * 1024 * 1024, URL));
        assertThat(e.getMessage()).isEqualTo("the response from https://news.example/feed is over the 10 MB limit");
    }

    @Test
    void emptyCompressedBodyIsEmpty() throws IOException {
        assertThat(BoundedBody.read(new ByteArrayInputStream(new byte[0]), "gzip", 10, URL)).isEmpty();
    }

    @Test
    void unknownEncodingIsAnError() {
        FetchException e = catchThrowableOfType(FetchException.class, () ->
                BoundedBody.read(new ByteArrayInputStream(new byte[] {1}), "br", 10, URL));
        assertThat(e.reason()).isEqualTo(FetchException.Reason.HTTP_ERROR);
        assertThat(e.getMessage()).isEqualTo(
                "the server at https://news.example/feed sent the body in the unsupported encoding \"br\"");
    }

    @Test
    void describesSizes() {
        assertThat(BoundedBody.describe(10L * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(BoundedBody.describe(1536L * 1024)).isEqualTo("1.5 MB");
        assertThat(BoundedBody.describe(512 * 1024)).isEqualTo("512 KB");
        assertThat(BoundedBody.describe(900)).isEqualTo("900 bytes");
    }

    private static final class CountingEndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
        }
    }
}
