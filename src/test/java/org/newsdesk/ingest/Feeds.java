package org.newsdesk.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small generated feeds and article pages for the ingest tests. */
final class Feeds {

    private Feeds() {}

    static String rss(TestNetwork network, int items) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Test Feed</title><link>%s</link><description>Tests</description>
                """.formatted(network.url("/")));
        Instant base = Instant.parse("2026-11-20T12:00:00Z");
        for (int i = 0; i < items; i++) {
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(base.minusSeconds(60L * i).atOffset(ZoneOffset.UTC));
            xml.append("<item><title>Story ").append(i).append("</title><link>").append(network.url("/story/" + i))
                    .append("</link><guid>story-").append(i).append("</guid><pubDate>").append(date)
                    .append("</pubDate><description>Summary of story ").append(i).append(".</description></item>\n");
        }
        return xml.append("</channel></rss>").toString();
    }

    static void servePages(TestNetwork network, int count) {
        for (int i = 0; i < count; i++) network.serve("/story/" + i, "text/html; charset=utf-8", page(i));
    }

    static String page(int i) {
        return """
                <!DOCTYPE html><html lang="en"><head><title>Story %1$d</title></head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Story %1$d</h1>
                <p>This is the first paragraph of story number %1$d, long enough to be taken for the body of an article.</p>
                <p>A second paragraph adds detail about the events of story %1$d and what people said about them.</p>
                <p>A third paragraph closes the story with a quote: "We will see," said the mayor of the town.</p>
                </article><footer>Copyright</footer></body></html>""".formatted(i);
    }
}
