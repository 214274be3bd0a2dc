package org.newsdesk.readers;

import java.util.regex.Pattern;
import org.newsdesk.readers.ReaderException.Reason;

/** What a reader's name and password must be, with messages that say what is wrong. */
final class Credentials {
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 1024;
    static final int MAX_NAME = 40;
    /** Letters and digits of any script, with spaces, dots, dashes and underscores inside. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N} ._-]*[\\p{L}\\p{N}])?");

    private Credentials() {}

    /** The name, stripped of surrounding spaces. */
    static String name(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) throw invalid("a name is needed");
        if (stripped.length() > MAX_NAME) throw invalid("a name has at most " + MAX_NAME + " characters");
        if (!NAME.matcher(stripped).matches()) {
            throw invalid("a name is letters and digits, with spaces, dots, dashes or underscores between them");
        }
        return stripped;
    }

    static String password(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw invalid("a password has at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) throw invalid("a password has at most " + MAX_PASSWORD + " characters");
        if (password.isBlank()) throw invalid("a password must not be only spaces");
        return password;
    }

    private static ReaderException invalid(String message) {
        return new ReaderException(Reason.INVALID, message);
    }
}
