package org.newsdesk.extract;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
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

    private final HtmlSanitizer sanitizer;
    private final MetadataReader metadata = new MetadataReader();
    private final ClassFlags classFlags = new ClassFlags();
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
        try {
            return extractPage(html, pageUrl);
        } catch (RuntimeException e) {
            // a defect met on one strange page must not stop a refresh: the page counts as one without an article
            LOG.warn("extraction failed url={} error={}", pageUrl, e.toString(), e);
            return new ArticleContent("", List.of(), null, null, null, null, null, null, null, "", "", List.of(),
                    null, List.of());
        }
    }

    private ArticleContent extractPage(String html, URI pageUrl) {
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        Document doc = parser.parseInput(html, pageUrl.toString());
        PageIndex page = new PageIndex(doc, classFlags);
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
        return new ArticleContent(meta.title(), meta.authors(), meta.published(), meta.updated(), meta.siteName(),
                meta.language(), meta.canonicalUrl(), lead, standfirst, bodyHtml, bodyText, meta.tags(),
                editorNote, related);
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
