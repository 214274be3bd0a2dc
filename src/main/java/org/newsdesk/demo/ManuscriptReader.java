package org.newsdesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the articles filed under {@code demo/articles/} on the class path. The files use a tiny format so that
 * writers can edit them without knowing Java: {@code key: value} header lines, a {@code ---} line, then
 * paragraphs separated by blank lines. {@code index.txt} lists the files (a jar cannot be listed).
 * Thread-safe: it holds no state.
 */
final class ManuscriptReader {
    private static final String ROOT = "/demo/articles/";
    private static final Pattern AGE = Pattern.compile("(\\d+)h(?:(\\d+)m)?");

    List<Manuscript> readAll() {
        List<Manuscript> all = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) all.add(read(name, resource(name)));
        }
        return all;
    }

    Manuscript read(String name, String text) {
        String[] parts = text.replace("\r\n", "\n").split("\n---\n", 2);
        if (parts.length != 2) throw new DemoNetworkException(DemoNetworkException.Reason.BROKEN_CONTENT, name + ": no '---' line after the header");
        Map<String, List<String>> header = header(name, parts[0]);
        try {
            return manuscript(header, paragraphs(parts[1]));
        } catch (RuntimeException e) {
            throw new DemoNetworkException(DemoNetworkException.Reason.BROKEN_CONTENT, name + ": " + e.getMessage(), e);
        }
    }

    private static Manuscript manuscript(Map<String, List<String>> h, List<String> paragraphs) {
        return new Manuscript(
                Outlet.bySlug(one(h, "outlet")), one(h, "slug"), one(h, "event"), age(one(h, "age")),
                one(h, "title"), one(h, "standfirst"), one(h, "author"), one(h, "section"),
                list(optional(h, "tags")), picture(optional(h, "image")), paragraphs,
                republication(h), correction(h), "yes".equals(optional(h, "members")));
    }

    private static Map<String, List<String>> header(String name, String text) {
        Map<String, List<String>> header = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            int colon = line.indexOf(':');
            if (colon < 1) throw new DemoNetworkException(DemoNetworkException.Reason.BROKEN_CONTENT, name + ": header line without a key: " + line);
            header.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        return header;
    }

    private static List<String> paragraphs(String body) {
        return Arrays.stream(body.strip().split("\n\\s*\n"))
                .map(p -> p.strip().replaceAll("\\s*\n\\s*", " "))
                .filter(p -> !p.isEmpty())
                .toList();
    }

    private static String one(Map<String, List<String>> h, String key) {
        String value = optional(h, key);
        if (value == null) throw new DemoNetworkException(DemoNetworkException.Reason.BROKEN_CONTENT, "the header lacks '" + key + "'");
        return value;
    }

    private static @Nullable String optional(Map<String, List<String>> h, String key) {
        List<String> values = h.get(key);
        return values == null ? null : values.getFirst();
    }

    private static List<String> list(@Nullable String commaSeparated) {
        if (commaSeparated == null) return List.of();
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Duration age(String text) {
        Matcher m = AGE.matcher(text);
        if (!m.matches()) throw new DemoNetworkException(DemoNetworkException.Reason.BROKEN_CONTENT, "age must look like 26h or 26h30m, was " + text);
        Duration age = Duration.ofHours(Long.parseLong(m.group(1)));
        return m.group(2) == null ? age : age.plusMinutes(Long.parseLong(m.group(2)));
    }

    private static Manuscript.@Nullable Picture picture(@Nullable String image) {
        if (image == null) return null;
        String[] parts = image.split("\\|", 2);
        if (parts.length != 2) throw new DemoNetworkException(DemoNetworkException.Reason.BROKEN_CONTENT, "image must be 'caption | credit'");
        return new Manuscript.Picture(parts[0].strip(), parts[1].strip());
    }

    private static Manuscript.@Nullable Republication republication(Map<String, List<String>> h) {
        String wire = optional(h, "wire");
        if (wire == null) return null;
        List<Integer> dropped = list(optional(h, "drop")).stream().map(Integer::valueOf).toList();
        List<Manuscript.Edit> edits = h.getOrDefault("edit", List.of()).stream().map(ManuscriptReader::edit).toList();
        List<String> attribution = list(optional(h, "attribution"));
        return new Manuscript.Republication(wire, dropped, edits,
                attribution.contains("canonical"), attribution.contains("note"));
    }

    private static Manuscript.@Nullable Correction correction(Map<String, List<String>> h) {
        String wrong = optional(h, "correction");
        if (wrong == null) return null;
        return new Manuscript.Correction(edit(wrong), one(h, "correction-note"));
    }

    private static Manuscript.Edit edit(String line) {
        String[] parts = line.split("=>", 2);
        if (parts.length != 2) throw new DemoNetworkException(DemoNetworkException.Reason.BROKEN_CONTENT, "an edit must be 'old text => new text': " + line);
        return new Manuscript.Edit(parts[0].strip(), parts[1].strip());
    }

    private static String resource(String name) {
        try (InputStream in = ManuscriptReader.class.getResourceAsStream(ROOT + name)) {
            if (in == null) throw new DemoNetworkException(DemoNetworkException.Reason.BROKEN_CONTENT, "missing resource " + ROOT + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
