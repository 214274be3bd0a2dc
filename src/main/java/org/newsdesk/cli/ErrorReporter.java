package org.newsdesk.cli;

import org.newsdesk.ingest.SourceException;
import org.newsdesk.readers.ReaderException;
import picocli.CommandLine;

/** Prints what went wrong as one readable line, not a stack trace, for the errors users cause or meet. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        String message = e.getMessage() != null ? e.getMessage() : e.toString();
        cli.getErr().println(cli.getColorScheme().errorText("newsdesk: " + message));
        boolean usersFault = e instanceof SourceException || e instanceof ReaderException;
        if (!usersFault && !(e instanceof IllegalArgumentException)) {
            cli.getErr().println("(run with NEWSDESK_DEBUG=1 for details)");
            if (System.getenv("NEWSDESK_DEBUG") != null) e.printStackTrace(cli.getErr());
        }
        return usersFault ? 2 : 1;
    }
}
