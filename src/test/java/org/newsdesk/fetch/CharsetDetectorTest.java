package org.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private static FetchResult result(byte[] body, String contentType) {
        URI url = URI.create("https://news.example/a");
        return new FetchResult(url, url, 200, false, body, contentType, null, null, Duration.ZERO);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void headerCharsetDecodesLatin1() {
        FetchResult result = result("<p>Café à Genève</p>".getBytes(StandardCharsets.ISO_8859_1),
                "text/html; charset=ISO-8859-1");
        assertThat(result.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(result.text()).isEqualTo("<p>Café à Genève</p>");
    }

    @Test
    void quotedHeaderCharsetIsRead() {
        assertThat(result(new byte[0], "text/xml; charset=\"windows-1251\"").charset()).isEqualTo(WINDOWS_1251);
    }

    @Test
    void utf8BomIsDetectedAndStripped() {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "<rss>Zürich</rss>".getBytes(StandardCharsets.UTF_8));
        FetchResult result = result(body, "application/rss+xml");
        assertThat(result.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(result.text()).isEqualTo("<rss>Zürich</rss>");
    }

    @Test
    void bomWinsOverAWrongHeader() {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "né".getBytes(StandardCharsets.UTF_8));
        assertThat(result(body, "text/plain; charset=ISO-8859-1").text()).isEqualTo("né");
    }

    @Test
    void utf16BomIsDetected() {
        byte[] body = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "<a>ü</a>".getBytes(StandardCharsets.UTF_16LE));
        FetchResult result = result(body, null);
        assertThat(result.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(result.text()).isEqualTo("<a>ü</a>");
    }

    @Test
    void metaCharsetDecodesWindows1251() {
        String html = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head></html>";
        FetchResult result = result(html.getBytes(WINDOWS_1251), "text/html");
        assertThat(result.charset()).isEqualTo(WINDOWS_1251);
        assertThat(result.text()).isEqualTo(html);
    }

    @Test
    void metaHttpEquivIsRead() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body>Привет</body></html>";
        FetchResult result = result(html.getBytes(WINDOWS_1251), null);
        assertThat(result.charset()).isEqualTo(WINDOWS_1251);
        assertThat(result.text()).contains("Привет");
    }

    @Test
    void xmlPrologEncodingIsRead() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss><title>Prix en €</title></rss>";
        FetchResult result = result(xml.getBytes(Charset.forName("ISO-8859-15")), "application/rss+xml");
        assertThat(result.charset()).isEqualTo(Charset.forName("ISO-8859-15"));
        assertThat(result.text()).isEqualTo(xml);
    }

    @Test
    void xmlPrologWithSingleQuotesAndNoContentType() {
        String xml = "<?xml version='1.0' encoding='windows-1251'?><feed><title>Мир</title></feed>";
        assertThat(result(xml.getBytes(WINDOWS_1251), null).text()).isEqualTo(xml);
    }

    @Test
    void headerWinsOverDocumentDeclaration() {
        String html = "<meta charset=\"windows-1251\"><p>é</p>";
        FetchResult result = result(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
        assertThat(result.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void unknownCharsetNamesFallBackToUtf8() {
        FetchResult result = result("né".getBytes(StandardCharsets.UTF_8), "text/html; charset=no-such-charset");
        assertThat(result.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(result.text()).isEqualTo("né");
    }

    @Test
    void invalidBytesBecomeReplacementCharacters() {
        byte[] body = {'a', (byte) 0xC3, (byte) 0x28, 'b'};
        assertThat(result(body, "text/plain; charset=utf-8").text()).isEqualTo("a\uFFFD(b");
    }

    @Test
    void metaDeclaringUtf16MeansUtf8() {
        String html = "<meta charset=\"utf-16\"><p>né</p>";
        assertThat(result(html.getBytes(StandardCharsets.UTF_8), "text/html").charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void mediaTypeDropsParameters() {
        assertThat(result(new byte[0], "Text/HTML; charset=utf-8").mediaType()).isEqualTo("text/html");
    }
}
