package org.newsdesk.app;

import org.newsdesk.cli.NewsdeskCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** The entry point of {@code ./newsdesk}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // The long-running modes log what they do; one-shot commands print their own report instead.
        boolean server = args.length > 0 && (args[0].equals("serve") || args[0].equals("demo"));
        if (!server && System.getProperty("newsdesk.log.level") == null) System.setProperty("newsdesk.log.level", "WARN");
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        int code = NewsdeskCommand.commandLine(new Launcher()).execute(args);
        // serve and demo return only when stopped; everything else exits with its status.
        System.exit(code);
    }
}
