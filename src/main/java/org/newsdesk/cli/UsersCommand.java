package org.newsdesk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.readers.ReaderException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code users add|list|remove}: accounts, from the machine Newsdesk runs on. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Add, list and remove readers' accounts.")
final class UsersCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public void run() {
        if (spec != null) spec.commandLine().usage(System.out);
    }

    static CommandLine tree(NewsdeskCommand top) {
        return new CommandLine(new UsersCommand())
                .addSubcommand(new Add(top))
                .addSubcommand(new ListUsers(top))
                .addSubcommand(new Remove(top));
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Make an account. The first account is an admin. Asks for the password, or reads it from "
                    + "standard input.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The name to sign in with, shown beside comments.")
        String name = "";

        @Option(names = "--admin", description = "Make an admin: admins invite readers and moderate comments.")
        boolean admin;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        private final NewsdeskCommand top;

        Add(NewsdeskCommand top) {
            this.top = top;
        }

        @Override
        public Integer call() {
            String password = passwordStdin ? firstLine() : ask();
            try (Backend.Session session = top.backend.open(top.options(0, ""))) {
                Reader reader = session.accounts().create(name, password, admin ? Role.ADMIN : Role.MEMBER);
                System.out.printf("Added %s %s (#%d)%n", reader.isAdmin() ? "admin" : "reader", reader.name(), reader.id());
                return 0;
            }
        }

        /** Asks twice at a terminal; without one (a pipe), reads a line. */
        private static String ask() {
            Console console = System.console();
            if (console == null) return firstLine();
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Password again: ");
            try {
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    throw new ReaderException(ReaderException.Reason.INVALID, "the two passwords differ");
                }
                return new String(first);
            } finally {
                if (first != null) Arrays.fill(first, ' ');
                if (again != null) Arrays.fill(again, ' ');
            }
        }

        private static String firstLine() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) throw new ReaderException(ReaderException.Reason.INVALID, "no password on standard input");
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the password from standard input", e);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts: number, name, role, since.")
    static final class ListUsers implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON for scripts.")
        boolean json;

        private final NewsdeskCommand top;

        ListUsers(NewsdeskCommand top) {
            this.top = top;
        }

        @Override
        public Integer call() {
            try (Backend.Session session = top.backend.open(top.options(0, ""))) {
                List<Reader> readers = session.accounts().list();
                if (json) {
                    Output.printJson(readers.stream().map(ListUsers::json).toList());
                } else if (readers.isEmpty()) {
                    System.out.println("No accounts yet. Make the first (an admin) with: newsdesk users add NAME");
                } else {
                    String format = "%4s  %-24s  %-6s  %s%n";
                    System.out.printf(format, "ID", "NAME", "ROLE", "SINCE");
                    for (Reader r : readers) {
                        System.out.printf(format, r.id(), r.name(), r.role().name().toLowerCase(), r.createdAt());
                    }
                }
                return 0;
            }
        }

        private static Map<String, Object> json(Reader reader) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", reader.id());
            m.put("name", reader.name());
            m.put("role", reader.role().name().toLowerCase());
            m.put("createdAt", reader.createdAt().toString());
            return m;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove an account with its sessions, subscriptions, reading state and comments.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The account's name.")
        String name = "";

        private final NewsdeskCommand top;

        Remove(NewsdeskCommand top) {
            this.top = top;
        }

        @Override
        public Integer call() {
            try (Backend.Session session = top.backend.open(top.options(0, ""))) {
                Reader removed = session.accounts().remove(name);
                System.out.printf("Removed %s (#%d)%n", removed.name(), removed.id());
                return 0;
            }
        }
    }
}
