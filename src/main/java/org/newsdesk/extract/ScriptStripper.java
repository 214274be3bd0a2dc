package org.newsdesk.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Drops the code inside a page's {@code <script>} and {@code <style>} elements before the page is parsed, keeping
 * the elements themselves and the JSON data blocks (JSON-LD). No pass reads that code (jsoup keeps it as data
 * nodes, which count as no text), yet it is about half of a news page's characters: the parser is spared reading it
 * and keeping a copy.
 *
 * <p>The scan follows the HTML tokenizer only as far as it must to know where each script and style really starts
 * and ends: comments, tags with their quoted attribute values, and the elements whose content is not markup
 * ({@code title}, {@code textarea}, {@code xmp}, {@code iframe}…). Where the HTML becomes unusual — a script whose
 * code opens an HTML comment, markup from outside SVG or MathML inside them, CDATA, {@code plaintext} — it keeps the
 * rest of the page as it is.
 *
 * <p>More that nobody reads is dropped on the way:
 * <ul>
 *   <li>comments: whole where they part no text, else their text;
 *   <li>white space alone beside the tag of an element that starts or ends a line (outside {@code pre});
 *   <li>void elements no pass reads, where they part no text: meta tags whose keys are not in
 *       {@link MetaTags#READ} and that carry no microdata, {@code input}, links other than canonical and next;
 *   <li>the shapes inside an {@code svg} that has no text (the svg stays, with one white space character when it
 *       had some between its shapes, so the text around it reads the same; an svg with text keeps all of it, as its
 *       text counts for the passes that measure the page before the cleaner removes the svg);
 *   <li>the attributes that serve scripts — event handlers ({@code on…}), data attributes and ARIA attributes,
 *       except the few a pass reads ({@code aria-hidden} and the lazy image addresses of {@link Figures}). A pass
 *       that comes to read another such attribute must add it to {@code AttributeCuts.READ}.
 * </ul>
 * Stateless and thread-safe.
 */
final class ScriptStripper {

    private ScriptStripper() {
    }

    /**
     * The page without the code of its scripts and style sheets, as a reader for the parser: the page is not
     * copied, the reader serves it around the code.
     */
    static PageReader strip(String html) {
        PageScan scan = new PageScan(html);
        scan.run();
        return new PageReader(html, scan.cuts(), scan.startTags());
    }

    /** The page as a string without the code (for tests and diagnostics). */
    static String stripToString(String html) {
        StringBuilder out = new StringBuilder(html.length());
        char[] buf = new char[8192];
        try (Reader r = strip(html)) {
            for (int k; (k = r.read(buf, 0, buf.length)) > 0; ) out.append(buf, 0, k);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return out.toString();
    }
}
