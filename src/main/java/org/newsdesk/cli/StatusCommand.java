package org.newsdesk.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsdesk.ingest.IngestStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code status}. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Count sources, articles and failing sources.")
final class StatusCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    private final NewsdeskCommand top;

    StatusCommand(NewsdeskCommand top) {
        this.top = top;
    }

    @Override
    public Integer call() {
        try (Backend.Session session = top.backend.open(top.options(0, ""))) {
            IngestStatus status = session.sources().status();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("sources", status.sources());
                m.put("articles", status.articles());
                m.put("failingSources", status.failingSources());
                m.put("serverRunning", session.serverRunning());
                Output.printJson(m);
            } else {
                System.out.printf("Sources:  %d (%d failing)%nArticles: %d%nServer:   %s%n", status.sources(),
                        status.failingSources(), status.articles(), session.serverRunning() ? "running" : "not running");
            }
            return 0;
        }
    }
}
