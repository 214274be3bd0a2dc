package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClusterCommandTest {

    private static final String QUAKE = "A magnitude 6.1 earthquake struck Talavera province on Monday, killing 14"
            + " people.\\nGovernor Elena Marchetti said rescue teams were searching collapsed homes in Ruvello.\\nThe"
            + " Talavera Seismic Institute said the quake was centred 12 kilometres south of Ruvello.\\nHospitals in"
            + " Castelmonte treated more than 200 injured residents.";
    private static final String BUDGET = "The Harbor city council approved next year's budget of 82 million on"
            + " Tuesday.\\nCouncillor Mira Osei said the harbour dredging plan would start in June.\\nThe vote was 7"
            + " to 2, with the two opponents asking for more money for libraries.";

    @TempDir
    Path dir;

    @Test
    void writesEachArticlesStoryAndOriginalInPublishedOrder() throws IOException {
        Path input = dir.resolve("docs.jsonl");
        Files.write(input, List.of(
                "{\"id\":\"copy\",\"title\":\"Deadly quake in the mountains\",\"text\":\"Subscribe today.\\n" + QUAKE
                        + "\",\"published\":\"2025-03-03T10:00:00Z\",\"source\":\"Harbor Times\"}",
                "{\"id\":\"budget\",\"title\":\"Council passes budget\",\"text\":\"" + BUDGET + "\"}",
                "{\"id\":\"wire\",\"title\":\"Earthquake kills 14 in Talavera\",\"text\":\"" + QUAKE
                        + "\",\"published\":\"2025-03-03T08:00:00+00:00\",\"source\":\"Meridian Wire\"}"));
        Path output = dir.resolve("out/clusters.tsv");

        int exit = new CommandLine(new ClusterCommand()).execute("--input", input.toString(), "--output",
                output.toString(), "--no-embeddings");

        assertThat(exit).isZero();
        assertThat(Files.readAllLines(output)).containsExactly(
                "wire\twire\t",
                "copy\twire\twire",
                "budget\tbudget\t");
    }

    @Test
    void refusesAFileItCannotRead() {
        int exit = new CommandLine(new ClusterCommand()).execute("--input", dir.resolve("missing.jsonl").toString(),
                "--output", dir.resolve("out.tsv").toString());

        assertThat(exit).isNotZero();
    }
}
