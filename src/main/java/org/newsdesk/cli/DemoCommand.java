package org.newsdesk.cli;

import picocli.CommandLine.Command;

/** {@code demo}: the demo news network and Newsdesk subscribed to it, in one process. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start a small demo news network on 127.0.0.1 and Newsdesk subscribed to it.")
final class DemoCommand extends ServeCommand {

    DemoCommand(NewsdeskCommand top) {
        super(top);
    }

    @Override
    public Integer call() {
        top.backend.demo(top.options(port, host));
        return 0;
    }
}
