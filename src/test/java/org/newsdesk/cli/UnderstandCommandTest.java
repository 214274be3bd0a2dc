package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UnderstandCommandTest {

    private static final String TEXT = """
            Ferry workers walk out as pay talks collapse

            Ferry services between Port Avalon and Gull Island were suspended on Monday after crews walked off the job, stranding hundreds of commuters on both sides.

            "Our members work twelve-hour shifts on open water, and they are asking for rest, not a fortune," said Rosa Delgado, the union's regional secretary.

            The operator, Blue Channel Ferries, said in a statement that it had offered a raise of 4 percent and was ready to return to the table.
            """;

    private static final String HTML = """
            <html lang="en"><head><title>Museum returns bronzes to Nigeria</title></head><body><article>
            <h1>Museum returns bronzes to Nigeria</h1>
            <p>The Harrowgate Museum handed over 21 bronze sculptures to Nigeria on Wednesday, more than 120 years after they were taken by soldiers.</p>
            <p>"These objects were taken by force," said Sarah Lyle, the museum's director. "They belong to the people whose ancestors made them."</p>
            <p>The sculptures will be shown in a new museum in Benin City from next year, officials in Lagos said on Thursday afternoon.</p>
            </article></body></html>
            """;

    @Test
    void writesTheAnnotationsOfEveryPageKeyedByFileName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ferry.txt"), TEXT);
        Files.writeString(dir.resolve("museum.html"), HTML);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("copy.html.gz")))) {
            out.write(HTML.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("notes.md"), "not a page");
        Path output = dir.resolve("out.json");

        int code = new CommandLine(new UnderstandCommand()).execute("--input", dir.toString(), "--output", output.toString());

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(output.toFile());
        assertThat(json.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("copy", "ferry", "museum");
        JsonNode ferry = json.get("ferry");
        assertThat(ferry.get("language").asText()).isEqualTo("en");
        assertThat(ferry.get("quotes").get(0).get("speaker").asText()).isEqualTo("Rosa Delgado");
        assertThat(ferry.get("quotes").get(0).get("verb").asText()).isEqualTo("said");
        assertThat(ferry.get("quotes").get(1).get("speaker").asText()).isEqualTo("Blue Channel Ferries");
        assertThat(ferry.get("entities").toString()).contains("{\"name\":\"Rosa Delgado\",\"type\":\"PERSON\"}");
        assertThat(json.get("museum").get("categories").toString()).contains("Nigeria");
        assertThat(json.get("museum").get("quotes").get(0).get("text").asText())
                .isEqualTo("These objects were taken by force, They belong to the people whose ancestors made them.");
        assertThat(json.get("copy").get("summary")).isEqualTo(json.get("museum").get("summary"));
        assertThat(json.get("museum").get("tags").size()).isBetween(5, 8);
    }

    @Test
    void refusesAFolderThatIsNotThere(@TempDir Path dir) {
        CommandLine cli = new CommandLine(new UnderstandCommand());
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setErr(new java.io.PrintWriter(java.io.OutputStream.nullOutputStream()));

        assertThat(cli.execute("--input", dir.resolve("missing").toString(), "--output", dir.resolve("o.json").toString())).isEqualTo(1);
    }
}
