package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractRunTest {

    @TempDir
    Path dir;

    @Test
    void writesOneEntryForEveryPageFileKeyedByItsBareName() throws IOException {
        Files.writeString(dir.resolve("plain.html"), Fixtures.read("metadata-opengraph.html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("zipped.html.gz")))) {
            out.write(Fixtures.read("metadata-dom-only.html").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("capture.txt"), Fixtures.read("text-capture.txt"));
        Files.writeString(dir.resolve("notes.md"), "not a page");
        Path output = dir.resolve("out.json");

        List<Integer> progress = new ArrayList<>();
        ExtractRun.Summary summary = new ExtractRun(new ArticleExtractor()).run(dir, output, 2,
                (done, total) -> {
                    synchronized (progress) {
                        progress.add(total);
                    }
                });

        assertThat(summary.pages()).isEqualTo(3);
        assertThat(summary.failures()).isZero();
        assertThat(progress).containsExactly(3, 3, 3);
        JsonNode json = new ObjectMapper().readTree(output.toFile());
        assertThat(json.fieldNames()).toIterable().containsExactly("capture", "plain", "zipped");
        assertThat(json.get("plain").get("title").asText()).isEqualTo("Storm closes coastal road");
        assertThat(json.get("plain").get("author").asText()).isEqualTo("Priya Shah, Leo Grant");
        assertThat(json.get("plain").get("datePublished").asText()).isEqualTo("2023-11-02T07:15:00Z");
        assertThat(json.get("plain").get("articleBody").asText()).startsWith("High winds brought down trees");
        assertThat(json.get("zipped").get("title").asText()).isEqualTo("Le marché de Noël ouvre ses portes");
        assertThat(json.get("capture").get("title").asText()).isEqualTo("Local farmers open their gates for spring");
    }

    @Test
    void writesNullForWhatIsUnknown() throws IOException {
        Files.writeString(dir.resolve("bare.html"), "<html><body><p>Short.</p></body></html>");
        Path output = dir.resolve("out.json");
        new ExtractRun(new ArticleExtractor()).run(dir, output, 1);
        JsonNode page = new ObjectMapper().readTree(output.toFile()).get("bare");
        assertThat(page.get("title").isNull()).isTrue();
        assertThat(page.get("author").isNull()).isTrue();
        assertThat(page.get("datePublished").isNull()).isTrue();
    }

    @Test
    void decodesAPageInTheCharsetItDeclares() throws IOException {
        String html = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><article>"
                + "<p>Жители города собрались на площади, чтобы отметить открытие нового моста через реку.</p>"
                + "</article></body></html>";
        Files.write(dir.resolve("cp1251.html"), html.getBytes(Charset.forName("windows-1251")));
        Path output = dir.resolve("out.json");
        new ExtractRun(new ArticleExtractor()).run(dir, output, 1);
        JsonNode page = new ObjectMapper().readTree(output.toFile()).get("cp1251");
        assertThat(page.get("title").asText()).isEqualTo("Новости");
        assertThat(page.get("articleBody").asText()).startsWith("Жители города собрались");
    }
}
