package org.newsdesk.demo;

import static org.newsdesk.demo.Html.escape;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Atom 1.0. An entry's {@code <updated>} moves when its article is corrected. */
record AtomFeed(Outlet outlet, URI base) implements FeedDocument {

    @Override
    public String contentType() {
        return "application/atom+xml; charset=utf-8";
    }

    @Override
    public String render(List<Edition> entries) {
        Instant updated = entries.stream().map(Edition::lastChanged).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringBuilder out = new StringBuilder("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
                """);
        out.append("<id>tag:").append(outlet.slug).append(".example,2024:feed</id>\n")
                .append("<title>").append(escape(outlet.title)).append("</title>\n")
                .append("<subtitle>").append(escape(outlet.tagline)).append("</subtitle>\n")
                .append("<updated>").append(updated).append("</updated>\n")
                .append("<link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(base.resolve(outlet.feedPath())).append("\"/>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(base.resolve(outlet.homePath())).append("\"/>\n");
        for (Edition e : entries) entry(out, e);
        return out.append("</feed>\n").toString();
    }

    private void entry(StringBuilder out, Edition e) {
        Story story = e.story();
        Manuscript m = story.manuscript();
        out.append("<entry>\n<id>tag:").append(outlet.slug).append(".example,2024:").append(m.slug()).append("</id>\n")
                .append("<title type=\"text\">").append(escape(m.title())).append("</title>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(story.url()).append("\"/>\n")
                .append("<published>").append(story.published()).append("</published>\n")
                .append("<updated>").append(e.lastChanged()).append("</updated>\n")
                .append("<author><name>").append(escape(m.author())).append("</name></author>\n")
                .append("<category term=\"").append(escape(m.section())).append("\"/>\n");
        for (String tag : m.tags()) out.append("<category term=\"").append(escape(tag)).append("\"/>\n");
        out.append("<summary type=\"text\">").append(escape(m.standfirst())).append("</summary>\n");
        if (story.imageUrl() != null) {
            out.append("<link rel=\"enclosure\" type=\"image/png\" href=\"").append(story.imageUrl()).append("\"/>\n");
        }
        out.append("</entry>\n");
    }
}
