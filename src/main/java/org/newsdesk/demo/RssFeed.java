package org.newsdesk.demo;

import static org.newsdesk.demo.Html.escape;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RSS 2.0 with the Dublin Core, content and Media RSS extensions. Members-only items carry their full text in
 * {@code content:encoded}, since a reader that obeys robots.txt cannot fetch their pages.
 */
record RssFeed(Outlet outlet, URI base) implements FeedDocument {

    @Override
    public String contentType() {
        return "application/rss+xml; charset=utf-8";
    }

    @Override
    public String render(List<Edition> entries) {
        StringBuilder out = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" \
                xmlns:content="http://purl.org/rss/1.0/modules/content/" \
                xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
                <channel>
                """);
        out.append("<title>").append(escape(outlet.title)).append("</title>\n")
                .append("<link>").append(base.resolve(outlet.homePath())).append("</link>\n")
                .append("<description>").append(escape(outlet.tagline)).append("</description>\n")
                .append("<language>en-us</language>\n")
                .append("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"")
                .append(base.resolve(outlet.feedPath())).append("\"/>\n");
        if (!entries.isEmpty()) out.append("<lastBuildDate>").append(rfc1123(latest(entries))).append("</lastBuildDate>\n");
        for (Edition e : entries) item(out, e);
        return out.append("</channel>\n</rss>\n").toString();
    }

    private void item(StringBuilder out, Edition e) {
        Story story = e.story();
        Manuscript m = story.manuscript();
        out.append("<item>\n<title>").append(escape(m.title())).append("</title>\n")
                .append("<link>").append(story.url()).append("</link>\n");
        // The Harbor Times uses its URLs as GUIDs; the Dispatch's CMS has its own ids.
        if (outlet == Outlet.HARBOR_TIMES) {
            out.append("<guid isPermaLink=\"true\">").append(story.url()).append("</guid>\n");
        } else {
            out.append("<guid isPermaLink=\"false\">vd-").append(m.slug()).append("</guid>\n");
        }
        out.append("<pubDate>").append(rfc1123(story.published())).append("</pubDate>\n")
                .append("<dc:creator>").append(escape(m.author())).append("</dc:creator>\n")
                .append("<category>").append(escape(m.section())).append("</category>\n");
        for (String tag : m.tags()) out.append("<category>").append(escape(tag)).append("</category>\n");
        out.append("<description>").append(escape(m.standfirst())).append("</description>\n");
        if (m.membersOnly()) {
            String full = Html.figure(story, "lead") + Html.body(e.paragraphs());
            out.append("<content:encoded>").append(escape(full)).append("</content:encoded>\n");
        }
        if (story.imageUrl() != null) {
            out.append("<media:content url=\"").append(story.imageUrl())
                    .append("\" medium=\"image\" type=\"image/png\" width=\"480\" height=\"270\"/>\n");
        }
        out.append("</item>\n");
    }

    private static Instant latest(List<Edition> entries) {
        return entries.stream().map(Edition::lastChanged).max(Instant::compareTo).orElseThrow();
    }

    static String rfc1123(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
