package org.newsdesk.demo;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Draws the lead images: a small landscape (sky, sun, hills) whose colours follow from a seed, written as PNG
 * by hand so that the demo needs neither image files nor AWT. Thread-safe: stateless.
 */
final class Illustrator {
    static final int WIDTH = 480;
    static final int HEIGHT = 270;

    byte[] draw(String seed) {
        Random random = new Random(seed.hashCode());
        int skyTop = random.nextInt(0xFFFFFF);
        int skyBottom = random.nextInt(0xFFFFFF) | 0x808080;
        int ground = random.nextInt(0x7F7F7F);
        int sunX = 60 + random.nextInt(WIDTH - 120);
        int sunY = 40 + random.nextInt(70);
        double phase = random.nextDouble() * Math.PI * 2;
        byte[] raw = new byte[HEIGHT * (1 + WIDTH * 3)];
        int i = 0;
        for (int y = 0; y < HEIGHT; y++) {
            raw[i++] = 0; // PNG filter type "none" for this row
            for (int x = 0; x < WIDTH; x++) {
                int rgb = pixel(x, y, skyTop, skyBottom, ground, sunX, sunY, phase);
                raw[i++] = (byte) (rgb >> 16);
                raw[i++] = (byte) (rgb >> 8);
                raw[i++] = (byte) rgb;
            }
        }
        return png(raw);
    }

    private static int pixel(int x, int y, int skyTop, int skyBottom, int ground, int sunX, int sunY, double phase) {
        double horizon = HEIGHT * 0.62 + 18 * Math.sin(x / 55.0 + phase) + 7 * Math.sin(x / 17.0);
        if (y > horizon) return mix(ground, 0x101010, (y - horizon) / (HEIGHT - horizon + 1));
        int dx = x - sunX;
        int dy = y - sunY;
        if (dx * dx + dy * dy < 26 * 26) return 0xFFF2C0;
        return mix(skyTop, skyBottom, y / horizon);
    }

    private static int mix(int a, int b, double t) {
        int r = (int) (((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) (((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) ((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return (r << 16) | (g << 8) | bl;
    }

    private static byte[] png(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(WIDTH).putInt(HEIGHT)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit RGB
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", deflate(raw));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
