package org.newsdesk.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Routes every request of the network: robots.txt, the outlets' front pages, feeds (with conditional GET),
 * article pages and lead images. Thread-safe: its maps are filled once, images are cached in a concurrent map.
 */
final class Switchboard implements HttpHandler {
    static final String ROBOTS = """
            User-agent: *
            Disallow: /valley-dispatch/members/
            Disallow: /harbor-times/search
            """;

    private final Newsroom newsroom;
    private final Map<Outlet, OutletPages> pages = new EnumMap<>(Outlet.class);
    private final Map<Outlet, FeedDocument> feeds = new EnumMap<>(Outlet.class);
    private final Illustrator illustrator = new Illustrator();
    private final Map<String, byte[]> images = new ConcurrentHashMap<>();

    Switchboard(Newsroom newsroom, URI base, ObjectMapper json, int year) {
        this.newsroom = newsroom;
        for (Outlet outlet : Outlet.values()) {
            pages.put(outlet, OutletPages.of(outlet, json, year));
            feeds.put(outlet, FeedDocument.of(outlet, base, json));
        }
    }

    private record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
        static Response text(int status, String contentType, String body) {
            return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            Response response = head || method.equals("GET")
                    ? route(exchange.getRequestURI().getPath(), exchange, head)
                    : Response.text(405, "text/plain; charset=utf-8", "Only GET and HEAD are served here.\n");
            send(exchange, response, head);
        }
    }

    private Response route(String path, HttpExchange exchange, boolean head) {
        if (path.equals("/robots.txt")) return Response.text(200, "text/plain; charset=utf-8", ROBOTS);
        if (path.equals("/")) return Response.text(200, "text/html; charset=utf-8", directory());
        for (Outlet outlet : Outlet.values()) {
            if (path.equals("/" + outlet.slug)) {
                return new Response(301, "text/plain; charset=utf-8", new byte[0], Map.of("Location", outlet.homePath()));
            }
            if (path.equals(outlet.homePath())) {
                return Response.text(200, "text/html; charset=utf-8", pages.get(outlet).home(newsroom.stories(outlet)));
            }
            if (path.equals(outlet.feedPath())) return feed(outlet, exchange);
        }
        for (Story story : newsroom.stories()) {
            if (story.imageUrl() != null && path.equals(story.outlet().imagePath(story.manuscript()))) {
                byte[] png = images.computeIfAbsent(path, p -> illustrator.draw(story.manuscript().event() + p));
                return new Response(200, "image/png", png, Map.of("Cache-Control", "public, max-age=86400"));
            }
        }
        return newsroom.at(path)
                .map(story -> Response.text(200, "text/html; charset=utf-8",
                        pages.get(story.outlet()).article(head ? newsroom.current(story) : newsroom.read(story))))
                .orElseGet(() -> Response.text(404, "text/html; charset=utf-8",
                        "<!DOCTYPE html><html><head><title>Page not found</title></head><body><h1>Page not found"
                                + "</h1><p>The page you were looking for has moved or never existed.</p></body></html>"));
    }

    /** Feeds answer conditional GETs: an unchanged feed costs the reader a 304 and no body. */
    private Response feed(Outlet outlet, HttpExchange exchange) {
        List<Edition> editions = newsroom.stories(outlet).stream().map(newsroom::current).toList();
        FeedDocument document = feeds.get(outlet);
        byte[] body = document.render(editions).getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + HexFormat.of().formatHex(sha256(body), 0, 12) + "\"";
        Instant modified = editions.stream().map(Edition::lastChanged).max(Instant::compareTo)
                .orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> headers = Map.of("ETag", etag, "Last-Modified", RssFeed.rfc1123(modified),
                "Cache-Control", "no-cache");
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        Instant ifModifiedSince = parseHttpDate(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
        boolean unchanged = ifNoneMatch != null
                ? Arrays.stream(ifNoneMatch.split(",")).map(t -> t.strip().replaceFirst("^W/", ""))
                        .anyMatch(t -> t.equals(etag) || t.equals("*"))
                : ifModifiedSince != null && !modified.isAfter(ifModifiedSince);
        return unchanged ? new Response(304, document.contentType(), new byte[0], headers)
                : new Response(200, document.contentType(), body, headers);
    }

    private String directory() {
        String links = Arrays.stream(Outlet.values()).map(o -> "<li><a href=\"" + o.homePath() + "\">"
                + Html.escape(o.title) + "</a> — " + Html.escape(o.tagline) + "</li>").collect(Collectors.joining("\n"));
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Aldercoast news network</title>"
                + "</head><body><h1>Aldercoast news network (demo)</h1><ul>\n" + links + "\n</ul></body></html>";
    }

    private static void send(HttpExchange exchange, Response response, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        boolean noBody = head || response.status() == 304 || response.body().length == 0;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    private static @Nullable Instant parseHttpDate(@Nullable String value) {
        if (value == null) return null;
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .withZoneSameInstant(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null; // an unreadable date is ignored, as RFC 9110 asks
        }
    }

    private static byte[] sha256(byte[] body) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(body);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
