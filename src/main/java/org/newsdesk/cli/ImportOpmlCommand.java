package org.newsdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.ingest.SourceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import opml FILE}. */
@Command(name = "opml", mixinStandardHelpOptions = true,
        description = "Follow every feed of an OPML file; its folders become categories.")
final class ImportOpmlCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "An OPML file exported from Newsdesk or another reader.")
    Path file = Path.of("");

    private final NewsdeskCommand top;

    ImportOpmlCommand(NewsdeskCommand top) {
        this.top = top;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(file)) throw new IllegalArgumentException("cannot read the file " + file);
        byte[] document = Files.readAllBytes(file);
        try (Backend.Session session = top.backend.open(top.options(0, ""))) {
            SourceService.ImportReport report =
                    session.sources().importOpml(document, new ProgressBar(System.out, "Importing"));
            System.out.printf("Imported %s: %d added, %d already followed, %d failed, %d entries left out.%n",
                    file.getFileName(), report.added(), report.alreadySubscribed(), report.failures().size(),
                    report.skipped().size());
            report.failures().forEach(f -> System.out.println("    failed: " + f));
            report.skipped().forEach(s -> System.out.println("    left out: " + s));
            if (report.added() > 0) {
                System.out.println(session.serverRunning() ? "The running Newsdesk fetches them within seconds."
                        : "They are fetched when Newsdesk runs (newsdesk serve), or now with: newsdesk sources refresh");
            }
            return report.failures().isEmpty() ? 0 : 3;
        }
    }
}
