package org.newsdesk.cli;

import java.io.PrintStream;
import org.newsdesk.ingest.Progress;

/** A one-line progress bar on a terminal; plain periodic lines when the output is not a terminal. */
final class ProgressBar implements Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final boolean terminal;
    private long lastPercent = -1;

    ProgressBar(PrintStream out, String label) {
        this.out = out;
        this.label = label;
        this.terminal = System.console() != null;
    }

    @Override
    public void advance(long done, long total) {
        long percent = total == 0 ? 100 : done * 100 / total;
        if (percent == lastPercent) return;
        lastPercent = percent;
        if (terminal) {
            int filled = (int) (percent * WIDTH / 100);
            out.printf("\r%s [%s%s] %3d%% %d/%d", label, "#".repeat(filled), " ".repeat(WIDTH - filled), percent, done, total);
            if (done >= total) out.println();
        } else if (percent % 25 == 0) {
            out.printf("%s %d%% (%d/%d)%n", label, percent, done, total);
        }
        out.flush();
    }
}
