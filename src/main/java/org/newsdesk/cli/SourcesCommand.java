package org.newsdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Source;
import org.newsdesk.ingest.RefreshReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sources add|list|remove|refresh}. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "Add, list, remove and refresh sources.")
final class SourcesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public void run() {
        if (spec != null) spec.commandLine().usage(System.out);
    }

    static CommandLine tree(NewsdeskCommand top) {
        return new CommandLine(new SourcesCommand())
                .addSubcommand(new Add(top))
                .addSubcommand(new ListSources(top))
                .addSubcommand(new Remove(top))
                .addSubcommand(new Refresh(top));
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Follow a feed URL, or a site URL whose feed is found by autodiscovery.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "URL", description = "A feed or site address (http or https).")
        String url = "";

        @Option(names = "--category", description = "Put the source in this category (folder).")
        @Nullable String category;

        private final NewsdeskCommand top;

        Add(NewsdeskCommand top) {
            this.top = top;
        }

        @Override
        public Integer call() {
            try (Backend.Session session = top.backend.open(top.options(0, ""))) {
                Source source = session.sources().add(url, category);
                System.out.printf("Added source #%d \"%s\" (%s)%n", source.id(), source.title(), source.feedUrl());
                if (session.serverRunning()) {
                    System.out.println("The running Newsdesk fetches it within seconds.");
                } else {
                    Output.printReport(session.sources().refresh(source.id()));
                }
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List sources: state, last fetch, error, next poll, article count.")
    static final class ListSources implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON for scripts.")
        boolean json;

        private final NewsdeskCommand top;

        ListSources(NewsdeskCommand top) {
            this.top = top;
        }

        @Override
        public Integer call() {
            try (Backend.Session session = top.backend.open(top.options(0, ""))) {
                var summaries = session.sources().list();
                if (json) Output.printJson(Output.sourcesJson(summaries));
                else Output.printSources(summaries);
                return 0;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop following a source and forget its articles.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The source's number, as `sources list` shows it.")
        long id;

        private final NewsdeskCommand top;

        Remove(NewsdeskCommand top) {
            this.top = top;
        }

        @Override
        public Integer call() {
            try (Backend.Session session = top.backend.open(top.options(0, ""))) {
                Source source = session.sources().get(id);
                session.sources().remove(id);
                System.out.printf("Removed source #%d \"%s\"%n", source.id(), source.title());
                return 0;
            }
        }
    }

    @Command(name = "refresh", mixinStandardHelpOptions = true, description = "Fetch one source, or all, now.")
    static final class Refresh implements Callable<Integer> {
        @Parameters(paramLabel = "ID", arity = "0..1", description = "The source's number; all sources when left out.")
        @Nullable Long id;

        private final NewsdeskCommand top;

        Refresh(NewsdeskCommand top) {
            this.top = top;
        }

        @Override
        public Integer call() {
            try (Backend.Session session = top.backend.open(top.options(0, ""))) {
                var sources = session.sources();
                if (session.serverRunning()) {
                    List<Long> ids = id != null ? List.of(id) : sources.list().stream().map(s -> s.source().id()).toList();
                    ids.forEach(sources::requestRefresh);
                    System.out.printf("Asked the running Newsdesk to refresh %d source(s) now.%n", ids.size());
                    return 0;
                }
                List<RefreshReport> reports = id != null ? List.of(sources.refresh(id))
                        : sources.refreshAll(new ProgressBar(System.out, "Refreshing"));
                reports.forEach(Output::printReport);
                return reports.stream().anyMatch(RefreshReport::failed) ? 3 : 0;
            }
        }
    }
}
