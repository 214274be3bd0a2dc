package org.newsdesk.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One pass over a page for {@link ScriptStripper}: where the parts left out start and end. It follows the HTML
 * tokenizer only as far as it must (see {@link ScriptStripper}). Not thread-safe; one per page.
 */
final class PageScan {

    /** Elements whose content the tokenizer reads as text up to their end tag: skipped, never stripped. */
    private static final List<String> RAW = List.of("title", "textarea", "xmp", "iframe", "noembed", "noframes");
    /** Elements that may appear inside SVG or MathML without leaving it (lower case). */
    static final Set<String> FOREIGN = Set.of(
            "svg", "math", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "use", "symbol",
            "defs", "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "text", "tspan",
            "title", "desc", "image", "filter", "fegaussianblur", "feoffset", "feblend", "fecolormatrix",
            "feflood", "fecomposite", "femerge", "femergenode", "femorphology", "feturbulence",
            "fedisplacementmap", "a", "style", "marker", "view", "metadata", "switch", "animate",
            "animatetransform", "set", "mi", "mo", "mn", "ms", "mrow", "msup", "msub", "mfrac", "msqrt", "mroot",
            "mspace", "mstyle", "mtable", "mtr", "mtd", "munder", "mover", "munderover", "semantics", "none");

    /** Elements the head holds: any other starts the body. */
    private static final Set<String> HEAD = Set.of("html", "head", "meta", "link", "script", "style", "title", "base");

    private final String html;
    private final int n;
    private final PageCuts cuts = new PageCuts();
    private final Markup markup;
    private int at;
    private int foreign; // depth of open svg and math elements
    /** Where the content of the open outermost {@code svg} starts, or -1 when it is not to be dropped. */
    private int svgContent = -1;
    /** A white space character of the open svg's text, or -1 when its text has none so far. */
    private int svgSpace = -1;
    private final ChromeScan chrome;
    private boolean inHead = true; // until an element of the body or text starts it
    /** The name of the last tag read, {@code [lastName, lastNameEnd)}; -1 before the first. */
    private int lastName = -1;
    private int lastNameEnd;
    /** White space alone before the next tag, {@code [spaceFrom, spaceTo)}, or -1: see {@link #text}. */
    private int spaceFrom = -1;
    private int spaceTo;
    private int preformatted; // depth of open pre and listing elements, whose white space is text
    private boolean selectOpen; // whether the last select tag was a start tag
    private int startTags;

    PageScan(String html) {
        this.html = html;
        this.n = html.length();
        this.markup = new Markup(html);
        this.chrome = new ChromeScan(html, markup);
    }

    void run() {
        while (at < n) {
            int lt = html.indexOf('<', at);
            if (lt < 0 || lt + 1 >= n) return;
            if (lt > at) text(lt);
            char c = html.charAt(lt + 1);
            if (spaceFrom >= 0 && !Markup.isLetter(c) && c != '/') settle(false); // a comment or '<' in the text
            if (Markup.isLetter(c)) {
                if (!startTag(lt)) return;
            } else if (c == '/') {
                if (!endTag(lt)) return;
            } else if (c == '!') {
                if (!declaration(lt)) return;
            } else if (c == '?') {
                at = markup.pastGt(lt + 2);
            } else {
                at = lt + 1; // a '<' in the text
                svgContent = -1;
            }
        }
    }

    /**
     * The text before the tag at {@code lt}. White space alone beside a tag that starts or ends a line (or in the
     * head) is left out: it never reads as text (it lies at a line's start or end), yet it is a third of the nodes
     * the parser would build. Whether the next tag is such a tag is known once its name is read: until then the
     * white space waits in {@link #spaceFrom}.
     */
    private void text(int lt) {
        if (svgContent >= 0) svgText(at, lt);
        if (!markup.isBlank(at, lt)) {
            inHead = false;
        } else if (foreign == 0 && preformatted == 0) {
            if (inHead || lastName < 0 || markup.isBlockName(lastName, lastNameEnd)) {
                cut(at, lt);
            } else {
                spaceFrom = at;
                spaceTo = lt;
            }
        }
    }

    /** Leaves out the waiting white space when the tag after it starts or ends a line. */
    private void settle(boolean blockNext) {
        if (blockNext) cut(spaceFrom, spaceTo);
        spaceFrom = -1;
    }

    /** Reads a start tag at {@code lt}; false when the rest of the page is to be left alone. */
    private boolean startTag(int lt) {
        startTags++;
        int nameEnd = markup.nameEnd(lt + 1);
        if (spaceFrom >= 0) settle(markup.isBlockName(lt + 1, nameEnd));
        lastName = lt + 1;
        lastNameEnd = nameEnd;
        int cutsBefore = cuts.count();
        int textFrom = at;
        int gt = tagEnd(nameEnd);
        if (gt < 0) return false;
        at = gt + 1;
        if (inHead && headElement(lt, nameEnd, gt, cutsBefore)) return true;
        // "/>" closes an SVG element unless the '/' ends an unquoted value ("<svg a=b/>"): when unsure, open
        char last = html.charAt(gt - 2);
        boolean selfClosing = html.charAt(gt - 1) == '/'
                && (gt - 1 == nameEnd || Markup.isTagSpace(last) || last == '"' || last == '\'');
        if (foreign > 0) {
            String name = markup.tagName(lt + 1, nameEnd);
            if (!FOREIGN.contains(name)) return false; // script, HTML or a breakout: the tree builder decides
            if ((name.equals("svg") || name.equals("math")) && !selfClosing) foreign++;
            return true;
        }
        chrome.start(lt + 1, nameEnd);
        if (markup.nameIs(lt + 1, nameEnd, "pre") || markup.nameIs(lt + 1, nameEnd, "listing")) preformatted++;
        if ("stxinpmflaSTXINPMFLA".indexOf(html.charAt(lt + 1)) < 0) return true; // none of the names below
        if (markup.nameIs(lt + 1, nameEnd, "select")) selectOpen = true;
        if (markup.nameIs(lt + 1, nameEnd, "input") && !selectOpen  // in a select, an input closes it
                || markup.nameIs(lt + 1, nameEnd, "link") && !isReadLink(lt, gt)
                || markup.nameIs(lt + 1, nameEnd, "meta") && !isReadMeta(nameEnd, gt)) {
            // void elements no pass reads, which the cleaner removes: gone whole where they part no text
            if (alone(textFrom, lt, gt + 1)) {
                cuts.rollBack(cutsBefore);
                cut(lt, gt + 1);
            }
            return true;
        }
        if (markup.nameIs(lt + 1, nameEnd, "script")) {
            return code(lt, gt, "script", !markup.mentions(lt, gt, "json"), textFrom, cutsBefore);
        }
        if (markup.nameIs(lt + 1, nameEnd, "style")) return code(lt, gt, "style", true, textFrom, cutsBefore);
        if (markup.nameIs(lt + 1, nameEnd, "plaintext")) return false;
        if (markup.nameIs(lt + 1, nameEnd, "svg") || markup.nameIs(lt + 1, nameEnd, "math")) {
            if (!selfClosing) {
                foreign = 1;
                svgContent = (html.charAt(lt + 1) | 0x20) == 's' ? gt + 1 : -1;
                svgSpace = -1;
            }
            return true;
        }
        for (String raw : RAW) if (markup.nameIs(lt + 1, nameEnd, raw)) return skipTo(raw);
        skipChrome(lt, nameEnd, gt);
        return true;
    }

    /** Leaves out what no pass reads inside page chrome (see {@link ChromeScan}). */
    private void skipChrome(int lt, int nameEnd, int gt) {
        int end = chrome.contentEnd(lt + 1, nameEnd, gt);
        if (end < 0) return;
        cut(gt + 1, end);
        at = end;
    }

    /**
     * In the head, a script's, a link's or a meta tag's element goes whole unless a pass reads it (JSON data, the
     * canonical and next links, {@link MetaTags#READ}): the cleaner removes them, and in the head they sit between no
     * text. Whether the head is still open is learnt here too: any other element starts the body.
     *
     * @return whether the element was read whole
     */
    private boolean headElement(int lt, int nameEnd, int gt, int cutsBefore) {
        if (markup.nameIs(lt + 1, nameEnd, "meta")) {
            if (!isReadMeta(nameEnd, gt)) {
                cuts.rollBack(cutsBefore);
                cut(lt, gt + 1);
            }
            return true;
        }
        if (markup.nameIs(lt + 1, nameEnd, "link")) {
            if (!isReadLink(lt, gt)) {
                cuts.rollBack(cutsBefore);
                cut(lt, gt + 1);
            }
            return true;
        }
        if (markup.nameIs(lt + 1, nameEnd, "script") && !markup.mentions(lt, gt, "json")
                && !markup.mentions(lt, gt, "itemprop")) {
            int close = markup.scriptEndAt(gt + 1);
            int end = close < 0 ? -1 : html.indexOf('>', close);
            if (end < 0) return false; // the main path decides
            cuts.rollBack(cutsBefore);
            cut(lt, end + 1);
            at = end + 1;
            return true;
        }
        inHead = HEAD.contains(markup.tagName(lt + 1, nameEnd));
        return false;
    }

    /** Whether a link tag {@code [lt, gt]} may be one a pass reads: canonical, next, or microdata. */
    private boolean isReadLink(int lt, int gt) {
        return markup.mentions(lt, gt, "canonical", "next", "itemprop");
    }

    /**
     * Whether a meta tag whose attributes run {@code [from, gt)} may be one a pass reads: microdata, or a name or
     * property in {@link MetaTags#READ}.
     */
    private boolean isReadMeta(int from, int gt) {
        String[] values = markup.attributes(from, gt, "itemprop", "name", "property");
        if (values[0] != null) return true;
        for (int k = 1; k < values.length; k++) {
            String value = values[k];
            if (value == null) continue;
            if (value.indexOf('&') >= 0) return true; // a character reference: the parser's value is not this one
            for (String key : value.strip().split(" ")) {
                if (MetaTags.READ.contains(key.toLowerCase(Locale.ROOT))) return true;
            }
        }
        return false;
    }

    /**
     * Whether an element {@code [lt, end)} whose text before it starts at {@code textFrom} parts no text: without it
     * the text nodes on its two sides become one, which reads the same only when one of them is missing or both are
     * white space alone.
     */
    private boolean alone(int textFrom, int lt, int end) {
        int next = html.indexOf('<', end);
        return lt == textFrom || next == end || markup.isBlank(textFrom, lt) && next > end && markup.isBlank(end, next);
    }

    /**
     * Skips the content of a script or style, dropping it when {@code drop}; then the element goes whole (the
     * cleaner removes it, and no pass reads it) unless microdata is on it or it parts text (see {@link #alone}).
     */
    private boolean code(int lt, int gt, String name, boolean drop, int textFrom, int cutsBefore) {
        int close = name.equals("script") ? markup.scriptEndAt(gt + 1) : markup.endTagAt(gt + 1, name);
        if (close < 0) return false;
        at = close;
        if (!drop) return true;
        int end = html.indexOf('>', close) + 1;
        if (end > 0 && alone(textFrom, lt, end) && !markup.mentions(lt, gt, "itemprop")) {
            cuts.rollBack(cutsBefore);
            cut(lt, end);
            at = end;
        } else {
            cut(gt + 1, close);
        }
        return true;
    }

    private boolean skipTo(String name) {
        int close = markup.endTagAt(at, name);
        if (close < 0) return false;
        at = close;
        return true;
    }

    private boolean endTag(int lt) {
        if (lt + 2 >= n) return false;
        char c = html.charAt(lt + 2);
        if (spaceFrom >= 0 && !Markup.isLetter(c)) settle(false);
        if (c == '>') {
            at = lt + 3;
            return true;
        }
        if (!Markup.isLetter(c)) {
            at = markup.pastGt(lt + 2); // a bogus comment, up to the first '>'
            return true;
        }
        int nameEnd = markup.nameEnd(lt + 2);
        if (spaceFrom >= 0) settle(markup.isBlockName(lt + 2, nameEnd));
        lastName = lt + 2;
        lastNameEnd = nameEnd;
        int gt = tagEnd(nameEnd);
        if (gt < 0) return false;
        chrome.end(lt + 2, nameEnd);
        if (markup.nameIs(lt + 2, nameEnd, "select")) selectOpen = false;
        if (preformatted > 0 && (markup.nameIs(lt + 2, nameEnd, "pre") || markup.nameIs(lt + 2, nameEnd, "listing"))) {
            preformatted--;
        }
        if (foreign > 0 && (markup.nameIs(lt + 2, nameEnd, "svg") || markup.nameIs(lt + 2, nameEnd, "math"))) {
            foreign--;
            if (foreign == 0 && svgContent >= 0) dropSvg(lt);
        } else if (svgContent >= 0
                && !FOREIGN.contains(markup.tagName(lt + 2, nameEnd))) {
            svgContent = -1; // an HTML end tag may close the svg early: the tree builder decides
        }
        at = gt + 1;
        return true;
    }

    /**
     * Text inside an svg: any but white space keeps the svg as it is (its text counts for the passes that
     * measure text before the cleaner removes the svg); one white space character is remembered.
     */
    private void svgText(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Markup.isTagSpace(html.charAt(i))) {
                svgContent = -1;
                return;
            }
            if (svgSpace < 0) svgSpace = i;
        }
    }

    /**
     * Drops the content of an svg without text up to its end tag at {@code lt}: its shapes are most of a
     * page's foreign markup and no pass reads them (the cleaner removes the svg). One white space character
     * stays when its content had some, so the text of the elements around it reads the same.
     */
    private void dropSvg(int lt) {
        if (svgSpace < 0) {
            cut(svgContent, lt);
        } else {
            cut(svgContent, svgSpace);
            cut(svgSpace + 1, lt);
        }
        svgContent = -1;
    }

    private void cut(int from, int to) {
        cuts.add(from, to);
    }

    /** A comment, a doctype or a bogus comment. */
    private boolean declaration(int lt) {
        if (!html.startsWith("<!--", lt)) {
            if (html.startsWith("<![CDATA[", lt)) return false;
            at = markup.pastGt(lt + 2);
            return true;
        }
        int from = lt + 4;
        if (html.startsWith(">", from)) {
            at = from + 1;
        } else if (html.startsWith("->", from)) {
            at = from + 2;
        } else {
            int end = html.indexOf("--", from);
            while (end >= 0 && !html.startsWith("-->", end) && !html.startsWith("--!>", end)) {
                end = html.indexOf("--", end + 1);
            }
            if (end < 0) return false;
            int after = html.indexOf('>', end) + 1;
            // no pass reads a comment: it goes whole where it parts no text, else the parser keeps an empty one
            // (inside an svg that may be dropped whole, the comment goes with it)
            if (svgContent < 0) {
                if (alone(at, lt, after)) cut(lt, after);
                else cut(from, end);
            }
            at = after;
        }
        return true;
    }

    /** The '>' that ends a tag whose attributes start at {@code from}, or -1 at the end of the page. */
    private int tagEnd(int from) {
        // attributes in an svg that may be dropped whole go with it
        return AttributeCuts.tagEnd(html, from, cuts, svgContent < 0);
    }

    /** The start tags met, those left out with a part included: about the number of elements of the page. */
    int startTags() {
        return startTags;
    }

    /** Pairs of start (inclusive) and end (exclusive) of the parts left out, in page order. */
    PageCuts cuts() {
        return cuts;
    }
}
