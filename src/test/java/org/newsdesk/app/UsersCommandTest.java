package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cli.NewsdeskCommand;
import picocli.CommandLine;

/** {@code newsdesk users …} run as the command line runs it, on a store in a temporary folder. */
class UsersCommandTest {
    @TempDir
    Path data;

    private record Run(int exit, String out, String err) {}

    private Run run(String stdin, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 2];
            all[0] = "--data";
            all[1] = data.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            CommandLine cli = NewsdeskCommand.commandLine(new Launcher());
            cli.setErr(new PrintWriter(err, true));
            int exit = cli.execute(all);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
    }

    @Test
    void addsTheFirstAccountAsAnAdminThenReaders() {
        Run first = run("correct horse\n", "users", "add", "Ana", "--password-stdin");
        Run second = run("battery staple\n", "users", "add", "Ben", "--password-stdin");
        Run admin = run("battery staple\n", "users", "add", "--admin", "Cleo", "--password-stdin");
        Run list = run("", "users", "list");

        assertThat(first.out()).isEqualTo("Added admin Ana (#1)\n");
        assertThat(second.out()).isEqualTo("Added reader Ben (#2)\n");
        assertThat(admin.out()).isEqualTo("Added admin Cleo (#3)\n");
        assertThat(list.out().lines().toList()).hasSize(4)
                .satisfies(lines -> assertThat(lines.get(2)).matches("\\s+2\\s+Ben\\s+member\\s+\\S+"));
    }

    @Test
    void readsThePasswordFromAPipeWithoutTheFlagAndRefusesAShortOne() {
        Run piped = run("correct horse\n", "users", "add", "Ana");
        Run shortOne = run("short\n", "users", "add", "Ben");
        Run taken = run("correct horse\n", "users", "add", "ana");

        assertThat(piped.exit()).isZero();
        assertThat(shortOne.exit()).isEqualTo(2);
        assertThat(shortOne.err()).contains("newsdesk: a password has at least 8 characters");
        assertThat(taken.exit()).isEqualTo(2);
        assertThat(taken.err()).contains("newsdesk: the name ana is taken");
    }

    @Test
    void removesAnAccountButNotTheLastAdmin() {
        run("correct horse\n", "users", "add", "Ana");
        run("correct horse\n", "users", "add", "Ben");

        Run lastAdmin = run("", "users", "remove", "ana");
        Run ben = run("", "users", "remove", "BEN");
        Run json = run("", "users", "list", "--json");

        assertThat(lastAdmin.exit()).isEqualTo(2);
        assertThat(lastAdmin.err()).contains("Ana is the last admin: make another admin first");
        assertThat(ben.out()).isEqualTo("Removed Ben (#2)\n");
        assertThat(json.out()).contains("\"name\" : \"Ana\"", "\"role\" : \"admin\"").doesNotContain("Ben");
    }

    @Test
    void makesAnAppPasswordThatSignsAnAppIn() {
        run("correct horse\n", "users", "add", "Ana");

        Run made = run("", "users", "app-password", "ana", "Reeder on my phone");
        Run nobody = run("", "users", "app-password", "nobody");

        assertThat(made.out()).matches("(?s)App password \"Reeder on my phone\" for Ana \\(#1\\): [a-z2-9]{24}\n"
                + "Sign in to the app with the name Ana and this password\\. It is not shown again\\.\n");
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(nobody.err()).contains("there is no reader nobody");
    }

    @Test
    void setsAPasswordAndSubscribesANewReaderToEverySource() {
        run("correct horse\n", "users", "add", "Ana");

        Run passwd = run("battery staple\n", "users", "passwd", "Ana", "--password-stdin");
        Run followAll = run("correct horse\n", "users", "add", "Ben", "--follow-all");

        assertThat(passwd.out()).isEqualTo("Changed the password of Ana\n");
        assertThat(followAll.out()).isEqualTo("Added reader Ben (#2)\nSubscribed to 0 source(s)\n");
    }
}
