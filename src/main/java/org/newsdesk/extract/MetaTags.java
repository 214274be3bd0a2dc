package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The page's {@code <meta>} values by lower-cased name, property or itemprop. The keys the passes read are listed
 * here, and only these may be asked for: {@link PageScan} leaves the head's other meta tags out of the parse. Not
 * thread-safe; one per page.
 */
final class MetaTags {

    static final String[] TITLE = {"og:title", "twitter:title", "dc.title", "headline"};
    static final String[] SITE_NAME = {"og:site_name", "application-name", "twitter:app:name:iphone"};
    static final String[] PUBLISHED = {
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
        "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "dc.date.created", "date", "pubdate",
        "publishdate", "publish-date", "publish_date", "published_time", "sailthru.date", "parsely-pub-date",
        "article.published", "cxenseparse:recs:publishtime", "article_date_original", "originalpublicationdate"
    };
    static final String[] UPDATED = {
        "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
        "article.updated", "lastmod"
    };
    static final String[] AUTHORS = {"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
        "sailthru.author", "byl", "citation_author"};
    /** A social-network handle ("@jeff_foust"): an author only when the page names none. */
    static final String AUTHOR_HANDLE = "twitter:creator";
    static final String[] IMAGE = {"og:image", "og:image:url", "og:image:secure_url", "twitter:image",
        "twitter:image:src"};
    static final String[] DESCRIPTION = {"og:description", "description", "twitter:description"};
    static final String[] LANGUAGE = {"og:locale", "content-language", "language", "dc.language"};
    static final String URL = "og:url";
    static final String TAG = "article:tag";
    static final String[] KEYWORDS = {"keywords", "news_keywords"};
    /** Every key a pass reads. */
    static final Set<String> READ = Stream.of(TITLE, SITE_NAME, PUBLISHED, UPDATED, AUTHORS, IMAGE, DESCRIPTION,
            LANGUAGE, KEYWORDS, new String[] {URL, TAG, AUTHOR_HANDLE})
            .flatMap(Arrays::stream).collect(Collectors.toUnmodifiableSet());

    private final Map<String, List<String>> values = new HashMap<>();

    MetaTags(List<Element> metas) {
        for (Element meta : metas) {
            String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("value");
            if (content.isBlank()) continue;
            for (String key : new String[] {meta.attr("name"), meta.attr("property"), meta.attr("itemprop")}) {
                if (key.isBlank()) continue;
                for (String k : key.strip().split(" ")) {
                    values.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(content.strip());
                }
            }
        }
    }

    /** The first non-blank value among the keys, in the order given. */
    @Nullable String first(String... keys) {
        for (String key : keys) {
            List<String> v = values.get(read(key));
            if (v != null) {
                for (String s : v) {
                    String n = Text.orNull(s);
                    if (n != null) return n;
                }
            }
        }
        return null;
    }

    List<String> all(String key) {
        return values.getOrDefault(read(key), List.of());
    }

    /** The key, when it is one of {@link #READ}: the head's other meta tags are not on the parsed page. */
    private static String read(String key) {
        if (!READ.contains(key)) throw new IllegalArgumentException("a meta key not in MetaTags.READ: " + key);
        return key;
    }
}
