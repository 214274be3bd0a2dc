package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Article;
import org.newsdesk.ingest.Progress;

/**
 * The OWASP XSS filter-evasion vectors, sent through a feed (in titles, feed content and article pages), then read in
 * Chromium: no script may run, and no dangerous markup may reach the page even where the CSP would stop it.
 */
class XssTest {

    @TempDir
    Path folder;

    @Test
    void noVectorRunsOrSurvivesOnAnyPage() throws Exception {
        List<String> vectors = vectors();
        HttpServer hostile = hostileSite(vectors);
        String origin = "http://127.0.0.1:" + hostile.getAddress().getPort();
        Newsdesk newsdesk = new Newsdesk(new Config(folder, null, null, null, "127.0.0.1", 0, List.of("127.0.0.1"), 1,
                10L << 20, Duration.ZERO, 500, null, null, null), false);
        AutoCloseable stopHostile = () -> hostile.stop(0);
        try (stopHostile; newsdesk; var server = new org.newsdesk.app.HttpServer(newsdesk).start("127.0.0.1", 0);
             Browser browser = new Browser()) {
            newsdesk.sourceService.add(origin + "/feed.xml", null);
            newsdesk.sourceService.refreshAll(Progress.NONE);
            List<Article> stored = newsdesk.articles.newest(1000, null);
            assertThat(stored).hasSize(vectors.size() * 2);

            Page page = browser.page(1280, false);
            List<String> dialogs = new CopyOnWriteArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.addInitScript("window.__xss = []; ['alert','confirm','prompt'].forEach(n => { const f = window[n]; "
                    + "window[n] = (...a) => { window.__xss.push(n + ':' + a.join()); }; });");
            page.context().route("**/*", route -> {
                if (URI.create(route.request().url()).getHost().equals("127.0.0.1")) route.resume();
                else route.abort();
            });
            String base = "http://127.0.0.1:" + server.port();
            List<String> paths = new ArrayList<>(List.of("/", "/search?q=xss", "/sources"));
            for (Article a : stored) paths.add("/articles/" + a.id());
            for (String path : paths) {
                page.navigate(base + path);
                page.waitForLoadState();
                assertThat(page.evaluate("window.__xss.length")).as(path).isEqualTo(0);
                Object dangerous = page.evaluate("""
                        () => {
                          const found = [];
                          for (const el of document.querySelectorAll('main *')) {
                            const tag = el.tagName.toLowerCase();
                            if (['script','iframe','object','embed','frame','frameset','base','meta','link','style','form','input','svg','math','video','audio','marquee','details','bgsound','isindex'].includes(tag)
                                && el.closest('.body')) found.push(tag);
                            for (const attr of el.attributes) {
                              const name = attr.name.toLowerCase(), value = attr.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                              if (name.startsWith('on')) found.push(tag + '@' + name);
                              if (['href','src','action','background','dynsrc','lowsrc','data','formaction'].includes(name)
                                  && /^(javascript|vbscript|data):/.test(value)) found.push(tag + '@' + name + '=' + value.slice(0, 30));
                              if (name === 'style' && el.closest('.body')) found.push(tag + '@style');
                            }
                          }
                          return found;
                        }""");
                assertThat((List<?>) dangerous).as(path).isEmpty();
            }
            assertThat(dialogs).isEmpty();
            page.context().close();
        }
    }

    private static List<String> vectors() throws IOException {
        try (InputStream in = XssTest.class.getResourceAsStream("/app/xss-vectors.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** Serves a feed whose every item carries one vector, twice: once with a page holding it, once with the page gone. */
    private static HttpServer hostileSite(List<String> vectors) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String origin = "http://127.0.0.1:" + server.getAddress().getPort();
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Hostile</title><link>"
                + origin + "/</link><description>x</description>");
        for (int i = 0; i < vectors.size(); i++) {
            String v = vectors.get(i).replace("]]>", "]]]]><![CDATA[>");
            for (String kind : List.of("page", "gone")) {
                feed.append("<item><title><![CDATA[XSS ").append(kind).append(' ').append(i).append(' ').append(v)
                        .append("]]></title><link>").append(origin).append('/').append(kind).append('/').append(i)
                        .append("</link><guid>").append(kind).append('-').append(i).append("</guid><description><![CDATA[<p>Feed text ")
                        .append(i).append(" xss.</p>").append(v).append("<p>After the vector.</p>]]></description></item>");
            }
        }
        feed.append("</channel></rss>");
        byte[] feedBytes = feed.toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                byte[] body;
                String type = "text/html; charset=utf-8";
                int status = 200;
                if (path.equals("/feed.xml")) {
                    body = feedBytes;
                    type = "application/rss+xml";
                } else if (path.startsWith("/page/")) {
                    int i = Integer.parseInt(path.substring(6));
                    body = page(i, vectors.get(i)).getBytes(StandardCharsets.UTF_8);
                } else {
                    status = 404;
                    body = "gone".getBytes(StandardCharsets.UTF_8);
                }
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        return server;
    }

    private static String page(int i, String vector) {
        return "<!DOCTYPE html><html><head><title>XSS page " + i + "</title><meta property=\"og:image\" content=\"javascript:alert(1)\"></head><body><article><h1>XSS page "
                + i + "</h1><p>This article is long enough to be taken for the body of a news story, number " + i
                + ", and it carries a hostile vector below.</p>" + vector + "<p>A second paragraph follows the vector, with"
                + " more text so the extractor keeps the whole article together as one body.</p><p>A third paragraph ends"
                + " the story about xss.</p></article></body></html>";
    }
}
