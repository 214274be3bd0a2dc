package org.newsdesk.extract;

import java.net.URI;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the link to the next page of a multi-page article: {@code rel="next"}, or a "Next page"/"Page 2" link, and
 * only when its address continues the current one (the same path with a page number), so that a blog's link to
 * its next post is not taken for a second page. Stateless.
 */
final class NextPages {

    private static final Pattern NEXT_TEXT = Pattern.compile(
            "(?iu)^\\s*(next( page)?|page 2|continue( reading)?|следующая( страница)?|다음( 페이지)?|次(のページ|へ))"
            + "\\s*[›»>→]?\\s*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)([?&](page|p|pg|seite|pagina)=\\d+|[/_-](page/)?\\d{1,2}/?$)");

    private NextPages() {
    }

    static @Nullable URI find(PageIndex page, URI current) {
        for (Element e : page.nextLinks) {
            URI next = continuation(current, Addresses.absolute(e, "href"));
            if (next != null) return next;
        }
        for (Element a : page.pagerLinks) {
            // the pattern's words are short and start with one of these: most links are passed over unread
            if (page.text(a) > 60 || !Text.startsWithAny(a, "npcс다次") || !NEXT_TEXT.matcher(a.text()).matches()) {
                continue;
            }
            URI next = continuation(current, Addresses.absolute(a, "href"));
            if (next != null) return next;
        }
        return null;
    }

    private static @Nullable URI continuation(URI current, String href) {
        if (href.isEmpty()) return null;
        URI next;
        try {
            next = URI.create(href);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (next.getHost() == null || !next.getHost().equalsIgnoreCase(current.getHost())) return null;
        String path = stem(current.getPath());
        String nextPath = next.getPath() == null ? "" : next.getPath();
        boolean samePath = !path.isEmpty() && nextPath.startsWith(path);
        String query = next.getQuery() == null ? "" : "?" + next.getQuery();
        String rest = nextPath.substring(samePath ? path.length() : 0) + query;
        return samePath && PAGE_NUMBER.matcher(rest).find() && !next.equals(current) ? next : null;
    }

    /** The path without a trailing slash or file extension, so "/a/story.html" continues as "/a/story-2.html". */
    private static String stem(@Nullable String path) {
        if (path == null) return "";
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int dot = p.lastIndexOf('.');
        if (dot > p.lastIndexOf('/')) p = p.substring(0, dot);
        return p;
    }
}
