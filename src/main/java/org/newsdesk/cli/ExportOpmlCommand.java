package org.newsdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export opml}. */
@Command(name = "opml", mixinStandardHelpOptions = true, description = "Write the sources as OPML, categories as folders.")
final class ExportOpmlCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of the standard output.")
    @Nullable Path output;

    private final NewsdeskCommand top;

    ExportOpmlCommand(NewsdeskCommand top) {
        this.top = top;
    }

    @Override
    public Integer call() throws IOException {
        try (Backend.Session session = top.backend.open(top.options(0, ""))) {
            String opml = session.sources().exportOpml();
            if (output == null) System.out.print(opml);
            else Files.writeString(output, opml, StandardCharsets.UTF_8);
            return 0;
        }
    }
}
