package org.newsdesk.extract;

import java.io.Reader;

/** Serves a page around the parts left out. Not thread-safe; one per parse. */
final class PageReader extends Reader {
    private final String html;
    private final PageCuts cuts;
    private final int cutCount;
    private final int startTags;
    private int at;
    private int cut; // the next cut, as an index into cuts

    PageReader(String html, PageCuts cuts, int startTags) {
        this.html = html;
        this.cuts = cuts;
        this.cutCount = cuts.count();
        this.startTags = startTags;
    }

    /** The start tags the scan met: about the number of elements the parser builds, to size what is kept of them. */
    int startTags() {
        return startTags;
    }

    @Override
    public int read(char[] buf, int off, int len) {
        while (cut < cutCount && at == cuts.get(cut)) {
            at = cuts.get(cut + 1);
            cut += 2;
        }
        int end = cut < cutCount ? cuts.get(cut) : html.length();
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
