package org.newsdesk.extract;

import java.io.Reader;

/** Serves a page around the parts left out. Not thread-safe; one per parse. */
final class PageReader extends Reader {
    private final String html;
    private final int[] cuts;
    private int at;
    private int cut; // the next cut, as an index into cuts

    PageReader(String html, int[] cuts) {
        this.html = html;
        this.cuts = cuts;
    }

    /** Fills the buffer across the cuts: a page has thousands of short ones, and each short read costs the parser. */
    @Override
    public int read(char[] buf, int off, int len) {
        int done = 0;
        while (done < len) {
            while (cut < cuts.length && at == cuts[cut]) {
                at = cuts[cut + 1];
                cut += 2;
            }
            int end = cut < cuts.length ? cuts[cut] : html.length();
            if (at >= html.length()) break;
            int k = Math.min(len - done, end - at);
            html.getChars(at, at + k, buf, off + done);
            at += k;
            done += k;
        }
        return done == 0 && len > 0 ? -1 : done;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
