package org.newsdesk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.newsdesk.readers.ReaderException;

/** Reads a new password: asked twice at a terminal, else the first line of standard input (a pipe, a script). */
final class Passwords {
    private Passwords() {}

    static String read(boolean fromStdin) {
        Console console = System.console();
        return fromStdin || console == null ? firstLine() : ask(console);
    }

    private static String ask(Console console) {
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
