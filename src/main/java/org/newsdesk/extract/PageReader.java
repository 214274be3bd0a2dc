package org.newsdesk.extract;

import java.io.Reader;

/** Serves a page around the parts left out. Not thread-safe; one per parse. */
final class PageReader extends Reader {
    private final String html;
    private final int[] cuts;
    private final int startTags;
    private int at;
    private int cut; // the next cut, as an index into cuts

    PageReader(String html, int[] cuts, int startTags) {
        this.html = html;
        this.cuts = cuts;
        this.startTags = startTags;
    }

    /** The start tags the scan met: about the number of elements the parser builds, to size what is kept of them. */
    int startTags() {
        return startTags;
    }

    @Override
    public int read(char[] buf, int off, int len) {
        while (cut < cuts.length && at == cuts[cut]) {
            at = cuts[cut + 1];
            cut += 2;
        }
        int end = cut < cuts.length ? cuts[cut] : html.length();
        if (at >= html.length()) return -1;
        int k = Math.min(len, end - at);
        html.getChars(at, at + k, buf, off);
        at += k;
        return k;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
