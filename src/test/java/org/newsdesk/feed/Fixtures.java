package org.newsdesk.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the test documents under src/test/resources/feed/. */
final class Fixtures {

    private Fixtures() {}

    static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/feed/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture named " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
