package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/** What makes Newsdesk an installable app: the manifest, the service worker and the icons. Thread-safe. */
final class Shell {

    private static final String MANIFEST = """
            {"name": "Newsdesk", "short_name": "Newsdesk", "description": "Your news, understood.",
             "start_url": "/", "scope": "/", "display": "standalone", "background_color": "#ffffff",
             "theme_color": "#0f4c81",
             "icons": [{"src": "/icons/icon-192.png", "sizes": "192x192", "type": "image/png"},
                       {"src": "/icons/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any maskable"},
                       {"src": "/static/icon.svg", "sizes": "any", "type": "image/svg+xml"}]}
            """;

    private final Map<Integer, byte[]> icons = new ConcurrentHashMap<>();

    void manifest(Context ctx) {
        ctx.contentType("application/manifest+json").result(MANIFEST);
    }

    /** Served from the root so that it may control every page. */
    void serviceWorker(Context ctx) {
        ctx.header("Service-Worker-Allowed", "/");
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/javascript; charset=utf-8").result(getClass().getResourceAsStream("/static/sw.js"));
    }

    void icon(Context ctx) {
        int size = switch (ctx.pathParam("size")) {
            case "192" -> 192;
            case "512" -> 512;
            default -> throw new NotFoundResponse("There is no icon of that size.");
        };
        ctx.header("Cache-Control", "public, max-age=604800");
        ctx.contentType("image/png").result(icons.computeIfAbsent(size, Shell::draw));
    }

    /** The app icon, drawn once per size: a white N on the brand blue. */
    private static byte[] draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0x0f4c81));
        g.fillRect(0, 0, size, size);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SERIF, Font.BOLD, size * 3 / 5));
        var metrics = g.getFontMetrics();
        g.drawString("N", (size - metrics.stringWidth("N")) / 2, (size - metrics.getHeight()) / 2 + metrics.getAscent());
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
