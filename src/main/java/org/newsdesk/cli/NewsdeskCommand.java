package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: global options, and the subcommands listed by {@code newsdesk --help}. */
@Command(name = "newsdesk", mixinStandardHelpOptions = true, version = "Newsdesk 0.1.0",
        description = "A self-hosted news aggregator that understands the news.",
        subcommands = {CommandLine.HelpCommand.class})
public final class NewsdeskCommand implements Runnable {

    @Option(names = "--data", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Folder for the embedded store and the search index (default: ./data; ./data/demo for the demo).",
            defaultValue = "${env:NEWSDESK_DATA}")
    @Nullable Path dataDir;

    @Option(names = "--database", paramLabel = "JDBC_URL", scope = CommandLine.ScopeType.INHERIT,
            description = "Use this database instead of the embedded SQLite file, e.g. jdbc:postgresql://host/newsdesk"
                    + " (user and password in the URL or NEWSDESK_DATABASE_USER / NEWSDESK_DATABASE_PASSWORD).",
            defaultValue = "${env:NEWSDESK_DATABASE_URL}")
    @Nullable String databaseUrl;

    @Option(names = "--allow-address", paramLabel = "CIDR", scope = CommandLine.ScopeType.INHERIT,
            description = "Allow fetching from this private or loopback address or range (repeatable), e.g. 127.0.0.1 or 10.0.0.0/8.")
    List<String> allowedAddresses = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    final Backend backend;

    public NewsdeskCommand(Backend backend) {
        this.backend = backend;
    }

    Backend.Options options(int port, String host) {
        return new Backend.Options(dataDir, databaseUrl, allowedAddresses, port, host);
    }

    @Override
    public void run() {
        if (spec != null) spec.commandLine().usage(System.out);
    }

    /** Builds the command tree with every subcommand. */
    public static CommandLine commandLine(Backend backend) {
        NewsdeskCommand top = new NewsdeskCommand(backend);
        CommandLine cli = new CommandLine(top);
        cli.addSubcommand(new ServeCommand(top));
        cli.addSubcommand(new DemoCommand(top));
        cli.addSubcommand(SourcesCommand.tree(top));
        cli.addSubcommand(UsersCommand.tree(top));
        cli.addSubcommand(new CommandLine(new ImportCommand()).addSubcommand(new ImportOpmlCommand(top)));
        cli.addSubcommand(new CommandLine(new ExportCommand()).addSubcommand(new ExportOpmlCommand(top)));
        cli.addSubcommand(new ReindexCommand(top));
        cli.addSubcommand(new StatusCommand(top));
        cli.addSubcommand(new CommandLine(new BenchmarkCommand()).addSubcommand(new BenchmarkCommand.Ingest(top))
                .addSubcommand(new BenchmarkCommand.Web(top)));
        cli.addSubcommand(new UnderstandCommand());
        cli.addSubcommand(new ClusterCommand());
        cli.addSubcommand(new ExtractCommand());
        cli.setExecutionExceptionHandler(new ErrorReporter());
        return cli;
    }

    @Command(name = "import", description = "Import subscriptions.", mixinStandardHelpOptions = true)
    static final class ImportCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.@Nullable CommandSpec spec;

        @Override
        public void run() {
            if (spec != null) spec.commandLine().usage(System.out);
        }
    }

    @Command(name = "export", description = "Export subscriptions.", mixinStandardHelpOptions = true)
    static final class ExportCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.@Nullable CommandSpec spec;

        @Override
        public void run() {
            if (spec != null) spec.commandLine().usage(System.out);
        }
    }
}
