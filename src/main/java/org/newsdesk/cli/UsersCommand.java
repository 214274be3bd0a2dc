package org.newsdesk.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.readers.NewAppPassword;
import org.newsdesk.readers.ReaderException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code users add|list|remove|passwd|app-password}: accounts, from the machine Newsdesk runs on. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Add, list and remove readers' accounts; set passwords; make app passwords for sync apps.")
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
                .addSubcommand(new Remove(top))
                .addSubcommand(new Passwd(top))
                .addSubcommand(new AppPassword(top));
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

        @Option(names = "--follow-all", description = "Subscribe the new reader to every source Newsdesk follows.")
        boolean followAll;

        private final NewsdeskCommand top;

        Add(NewsdeskCommand top) {
            this.top = top;
        }

        @Override
        public Integer call() {
            String password = Passwords.read(passwordStdin);
            try (Backend.Session session = top.backend.open(top.options(0, ""))) {
                Reader reader = session.accounts().create(name, password, admin ? Role.ADMIN : Role.MEMBER);
                System.out.printf("Added %s %s (#%d)%n", reader.isAdmin() ? "admin" : "reader", reader.name(), reader.id());
                if (followAll) {
                    System.out.printf("Subscribed to %d source(s)%n", session.subscriptions().subscribeToAll(reader));
                }
                return 0;
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

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Set an account's sign-in password; its browsers are signed out, its apps stay signed in.")
    static final class Passwd implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The account's name.")
        String name = "";

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        private final NewsdeskCommand top;

        Passwd(NewsdeskCommand top) {
            this.top = top;
        }

        @Override
        public Integer call() {
            String password = Passwords.read(passwordStdin);
            try (Backend.Session session = top.backend.open(top.options(0, ""))) {
                session.accounts().setPassword(name, password);
                System.out.printf("Changed the password of %s%n", name);
                return 0;
            }
        }
    }

    @Command(name = "app-password", mixinStandardHelpOptions = true,
            description = "Make an app password, for a sync app (Google Reader or Fever API) or a feed reader. It is "
                    + "printed once.")
    static final class AppPassword implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "The account's name.")
        String name = "";

        @Parameters(index = "1", paramLabel = "LABEL", defaultValue = "Sync app",
                description = "What the password is for, such as the app (default: ${DEFAULT-VALUE}).")
        String label = "";

        private final NewsdeskCommand top;

        AppPassword(NewsdeskCommand top) {
            this.top = top;
        }

        @Override
        public Integer call() {
            try (Backend.Session session = top.backend.open(top.options(0, ""))) {
                Reader reader = session.accounts().findByName(name).orElseThrow(() ->
                        new ReaderException(ReaderException.Reason.NOT_FOUND, "there is no reader " + name));
                NewAppPassword made = session.appPasswords().create(reader, label);
                System.out.printf("App password \"%s\" for %s (#%d): %s%n", made.appPassword().label(), reader.name(),
                        made.appPassword().id(), made.secret());
                System.out.println("Sign in to the app with the name " + reader.name() + " and this password. "
                        + "It is not shown again.");
                return 0;
            }
        }
    }
}
