package org.newsdesk.demo;

import java.io.PrintStream;

/** Runs the demo network by hand: {@code DemoMain [port]} prints the URLs and serves until stopped. */
public final class DemoMain {
    private DemoMain() {}

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        DemoNetwork network = DemoNetwork.start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(network::close, "demo-network-stop"));
        PrintStream out = System.out;
        out.println("Demo news network on " + network.baseUrl() + " (" + network.articleCount() + " articles)");
        out.println("Subscribe to:");
        network.subscriptions().forEach(url -> out.println("  " + url));
        out.println("Articles:");
        network.articles().forEach(a -> out.println("  [" + a.event() + "] " + a.outlet() + ": " + a.title()
                + "\n      " + a.url()));
        out.println("Press Ctrl+C to stop.");
    }
}
