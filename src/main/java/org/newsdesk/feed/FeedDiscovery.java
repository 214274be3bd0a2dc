package org.newsdesk.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the feeds of a web site: those its pages advertise, and the addresses where feeds usually live.
 * Pure: it reads the text it is given and fetches nothing. Thread-safe (stateless).
 */
public final class FeedDiscovery {

    private static final Set<String> FEED_TYPES = Set.of(
            "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json");

    /** Paths tried under a site's directory when the site address is not the root: blogs often live in one. */
    private static final List<String> DIRECTORY_PATHS = List.of("feed", "rss.xml", "atom.xml", "feed.xml", "index.xml");

    /** Paths tried on the site root, the most common first (WordPress, generic, Jekyll, Hugo, JSON, Blogger). */
    private static final List<String> ROOT_PATHS = List.of("/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml",
            "/index.xml", "/feed.json", "/atom", "/index.rss", "/feeds/posts/default", "/?feed=rss2");

    private final BodyDecoder decoder = new BodyDecoder();

    /**
     * The feeds a page advertises with {@code <link rel="alternate" type="application/rss+xml|atom+xml|feed+json">}
     * (or {@code rel="feed"}), made absolute against the page address (and its {@code <base href>}), in page order,
     * each once. Only http(s) addresses are returned.
     */
    public List<URI> advertised(String html, URI pageUrl) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Document page = Jsoup.parse(html, pageUrl.toString());
        Set<URI> feeds = new LinkedHashSet<>();
        for (Element link : page.select("link[href]")) {
            if (!advertisesFeed(link)) continue;
            String href = link.attr("abs:href");
            URI feed = LinkResolver.resolveHttp(pageUrl, href.isEmpty() ? link.attr("href") : href);
            if (feed != null) feeds.add(feed);
        }
        return List.copyOf(feeds);
    }

    /**
     * Addresses where feeds are commonly found, to try in order when a page advertises none: first under the site
     * address's own directory (when it has a path, like {@code https://example.com/blog/}), then on the site root.
     *
     * @throws IllegalArgumentException when the site address is not an absolute http(s) address
     */
    public List<URI> commonPaths(URI siteUrl) {
        Objects.requireNonNull(siteUrl, "siteUrl");
        if (!LinkResolver.isHttp(siteUrl)) {
            throw new IllegalArgumentException("the site address must be an absolute http(s) address, was " + siteUrl);
        }
        URI root = root(siteUrl);
        Set<URI> candidates = new LinkedHashSet<>();
        String directory = directoryOf(siteUrl.getRawPath() == null ? "" : siteUrl.getRawPath());
        if (!directory.equals("/")) {
            for (String candidate : DIRECTORY_PATHS) candidates.add(root.resolve(directory + candidate));
        }
        for (String candidate : ROOT_PATHS) candidates.add(root.resolve(candidate));
        return List.copyOf(candidates);
    }

    /**
     * Whether a fetched document is an HTML page rather than a feed, judged by how it starts; the Content-Type
     * only decides when the document itself is unclear, since many servers label feeds text/html.
     */
    public boolean looksLikeHtml(byte[] body, @Nullable String contentType) {
        Objects.requireNonNull(body, "body");
        Prolog prolog = Prolog.read(decoder.decode(body, contentType));
        if (prolog.isHtml()) return true;
        if (prolog.isFeedRoot() || prolog.kind() == Prolog.Kind.JSON) return false;
        return FeedParser.isHtmlType(contentType);
    }

    private static boolean advertisesFeed(Element link) {
        List<String> rel = List.of(link.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+"));
        if (rel.contains("stylesheet")) return false;
        String type = link.attr("type").toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        type = (parameters < 0 ? type : type.substring(0, parameters)).strip();
        if (rel.contains("alternate")) {
            return FEED_TYPES.contains(type) || (type.equals("application/json") && namesFeed(link));
        }
        return rel.contains("feed") && (type.isEmpty() || FEED_TYPES.contains(type));
    }

    /**
     * JSON Feed 1.0 pages advertised application/json; WordPress uses the same type for its REST API on every
     * page, so a JSON link only counts when its title or address speaks of a feed.
     */
    private static boolean namesFeed(Element link) {
        return link.attr("title").toLowerCase(Locale.ROOT).contains("feed")
                || link.attr("href").toLowerCase(Locale.ROOT).contains("feed");
    }

    /** "/blog" and "/blog/" give "/blog/"; "/blog/index.html" gives "/blog/" (a last segment with a dot is a file). */
    private static String directoryOf(String path) {
        if (path.isEmpty() || path.endsWith("/")) return path.isEmpty() ? "/" : path;
        int slash = path.lastIndexOf('/');
        return path.substring(slash + 1).contains(".") ? path.substring(0, slash + 1) : path + "/";
    }

    private static URI root(URI siteUrl) {
        return URI.create(siteUrl.getScheme().toLowerCase(Locale.ROOT) + "://" + siteUrl.getRawAuthority() + "/");
    }
}
