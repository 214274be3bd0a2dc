package org.newsdesk.extract;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.Image;
import org.newsdesk.domain.RelatedLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a news page into the article a reader came for: metadata, the body as sanitized HTML and as text, the
 * editor's note and the related links, with the page's chrome left out.
 *
 * <p>Thread-safe and reusable: it holds only immutable, thread-safe collaborators; each call parses its own page.
 */
public final class ArticleExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleExtractor.class);
    /** Deeper markup is flattened by the parser, which keeps every later pass bounded. */
    private static final int MAX_DEPTH = 256;
    /**
     * Characters of a page that are read: beyond this a page is bloat (inline images, data blobs), and the article
     * sits in what comes first. Bounds the memory one page can take.
     */
    static final int MAX_CHARS = 8 * 1024 * 1024;
    /** A multi-page article is followed this far at most. */
    public static final int MAX_PAGES = 10;

    private final HtmlSanitizer sanitizer;
    private final MetadataReader metadata = new MetadataReader();
    private final TextCaptureReader textCaptures = new TextCaptureReader();

    public ArticleExtractor(HtmlSanitizer sanitizer) {
        this.sanitizer = Objects.requireNonNull(sanitizer, "sanitizer");
    }

    public ArticleExtractor() {
        this(new HtmlSanitizer());
    }

    /**
     * Extracts the article from a page. Never throws on bad HTML: a page without an article gives an empty body.
     *
     * @param html    the page's HTML, already decoded to characters
     * @param pageUrl the address the page was fetched from; relative links are resolved against it
     */
    public ArticleContent extract(String html, URI pageUrl) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(pageUrl, "pageUrl");
        return extractSafely(html, pageUrl).content();
    }

    /**
     * Extracts an article that may run over several pages: the further pages ({@code rel="next"}, "Next page")
     * are fetched through {@code pages} and their text joined to the first page's, up to {@value #MAX_PAGES} pages.
     *
     * @param pages fetches a further page's HTML; returns null when it cannot
     */
    public ArticleContent extract(String html, URI pageUrl, PageFetcher pages) {
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Extraction first = extractSafely(html, pageUrl);
        MultiPageBody body = new MultiPageBody(first.content());
        Set<URI> seen = new HashSet<>(List.of(pageUrl));
        for (URI next = first.next(); next != null && seen.size() < MAX_PAGES && seen.add(next); ) {
            String more = pages.fetch(next);
            if (more == null) break;
            Extraction page = extractSafely(more, next);
            if (!body.add(page.content())) break;
            next = page.next();
        }
        return body.content();
    }

    /** Fetches a further page of a multi-page article. Called from the thread that extracts. */
    @FunctionalInterface
    public interface PageFetcher {
        /** The page's HTML, or null when it cannot be had. */
        @Nullable String fetch(URI url);
    }

    private record Extraction(ArticleContent content, @Nullable URI next) {
    }

    private Extraction extractSafely(String html, URI pageUrl) {
        try {
            return extractPage(html, pageUrl);
        } catch (RuntimeException e) {
            // a defect met on one strange page must not stop a refresh: the page counts as one without an article
            LOG.warn("extraction failed url={} error={}", pageUrl, e.toString(), e);
            return new Extraction(new ArticleContent("", List.of(), null, null, null, null, null, null, null, "", "",
                    List.of(), null, List.of()), null);
        }
    }

    private Extraction extractPage(String html, URI pageUrl) {
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        String input = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
        PageReader stripped = ScriptStripper.strip(input);
        Document doc = parser.parseInput(stripped, pageUrl.toString());
        PageIndex page = new PageIndex(doc, stripped.startTags());
        PageMetadata meta = metadata.read(page, pageUrl);
        Image lead = LeadImages.find(page, meta);
        Element standfirstElement = Standfirsts.find(page);
        String standfirst = standfirstElement == null ? meta.description() : Text.normalize(standfirstElement.text());
        if (standfirstElement != null) page.detach(standfirstElement); // a field of its own, not the body's
        List<RelatedLink> related = RelatedLinks.take(page, pageUrl);
        String editorNote = EditorNotes.take(page);
        PageCleaner.clean(page);
        List<Element> parts = new ContentLocator(page, meta.jsonLdBody()).locate();
        BlockFilter filter = new BlockFilter(page, meta.title(), parts);
        Element body = new BodyWriter(filter).write(parts);
        EdgeTrimmer.trim(body);
        String bodyText = TextLines.of(body, false);
        String known = meta.jsonLdBody();
        if (known != null && known.length() >= 200 && bodyText.length() < known.length() / 2) {
            // the page builds its text with scripts: the copy in its JSON-LD is all there is to read
            body = BodyWriter.paragraphs(known);
            bodyText = TextLines.of(body, false);
        }
        String bodyHtml = sanitizer.sanitizeBuilt(body);
        return new Extraction(new ArticleContent(meta.title(), meta.authors(), meta.published(), meta.updated(),
                meta.siteName(), meta.language(), meta.canonicalUrl(), lead, standfirst, bodyHtml, bodyText,
                meta.tags(), editorNote, related), NextPages.find(page, pageUrl));
    }

    /**
     * Extracts the article from a plain-text capture of a page (menus, related headlines and banners as lines).
     *
     * @param url where the capture came from, when known
     */
    public ArticleContent extractText(String text, @Nullable URI url) {
        Objects.requireNonNull(text, "text");
        return textCaptures.read(text, url);
    }
}
