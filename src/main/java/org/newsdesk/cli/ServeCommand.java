package org.newsdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: runs Newsdesk until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run Newsdesk: poll the sources and serve the web UI and API.")
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).",
            defaultValue = "${env:NEWSDESK_PORT:-8080}")
    int port;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:NEWSDESK_HOST:-127.0.0.1}")
    String host = "127.0.0.1";

    final NewsdeskCommand top;

    ServeCommand(NewsdeskCommand top) {
        this.top = top;
    }

    @Override
    public Integer call() {
        top.backend.serve(top.options(port, host));
        return 0;
    }
}
