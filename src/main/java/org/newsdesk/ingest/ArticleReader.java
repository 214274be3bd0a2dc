package org.newsdesk.ingest;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ContentOrigin;
import org.newsdesk.domain.FeedEntry;
import org.newsdesk.domain.Image;
import org.newsdesk.extract.ArticleExtractor;
import org.newsdesk.extract.HtmlSanitizer;
import org.newsdesk.fetch.FetchException;
import org.newsdesk.fetch.FetchRequest;
import org.newsdesk.fetch.FetchResult;
import org.newsdesk.fetch.HttpFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the article a feed entry points to: its page, extracted; or, when the page can't be fetched or holds no
 * article, the feed's own content. Gaps in what the page says are filled from the entry. Thread-safe.
 */
public final class ArticleReader {

    /** An article's content and where it came from. */
    public record Reading(ArticleContent content, ContentOrigin origin) {}

    private static final Logger log = LoggerFactory.getLogger(ArticleReader.class);

    private final HttpFetcher fetcher;
    private final ArticleExtractor extractor;
    private final HtmlSanitizer sanitizer;
    private final IngestMetrics metrics;

    public ArticleReader(HttpFetcher fetcher, ArticleExtractor extractor, HtmlSanitizer sanitizer, IngestMetrics metrics) {
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.sanitizer = sanitizer;
        this.metrics = metrics;
    }

    public Reading read(FeedEntry entry) {
        URI url = URI.create(entry.url());
        try {
            FetchResult page = fetcher.fetch(FetchRequest.page(url));
            metrics.pageFetched(true);
            ArticleContent extracted = extractor.extract(page.text(), page.finalUrl());
            if (!extracted.bodyText().isBlank()) return new Reading(fillGaps(extracted, entry), ContentOrigin.PAGE);
            log.debug("no article found on the page, keeping the feed's content url={}", url);
        } catch (FetchException e) {
            metrics.pageFetched(false);
            log.debug("page not fetched, keeping the feed's content url={} reason={} error=\"{}\"", url, e.reason(), e.getMessage());
        }
        return new Reading(fromFeed(entry), ContentOrigin.FEED);
    }

    private ArticleContent fromFeed(FeedEntry entry) {
        String html = entry.contentHtml() != null ? entry.contentHtml() : entry.summaryHtml();
        String safe = html == null ? "" : sanitizer.sanitize(html, URI.create(entry.url()));
        return new ArticleContent(entry.title(), authors(entry), entry.published(), entry.updated(), null, null, null,
                image(entry), null, safe, sanitizer.toText(safe), List.of(), null, List.of());
    }

    private static ArticleContent fillGaps(ArticleContent page, FeedEntry entry) {
        return new ArticleContent(
                page.title().isBlank() ? entry.title() : page.title(),
                page.authors().isEmpty() ? authors(entry) : page.authors(),
                page.published() != null ? page.published() : entry.published(),
                latest(page.updated(), entry.updated()),
                page.siteName(), page.language(), page.canonicalUrl(),
                page.leadImage() != null ? page.leadImage() : image(entry),
                page.standfirst(), page.bodyHtml(), page.bodyText(), page.tags(), page.editorNote(), page.related());
    }

    /** The later of two times: a text is as recent as the feed says, so an unchanged entry isn't read again. */
    private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }

    private static List<String> authors(FeedEntry entry) {
        List<String> authors = new ArrayList<>();
        if (entry.author() != null && !entry.author().isBlank()) authors.add(entry.author().strip());
        return authors;
    }

    private static @Nullable Image image(FeedEntry entry) {
        return entry.imageUrl() == null ? null : new Image(entry.imageUrl(), null, null);
    }
}
