package org.newsdesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Mozilla Readability.js (on jsdom, under Node) over a folder of pages, for the extraction benchmark's
 * comparison. Installs the pinned versions with npm into a folder outside the repository when they are missing.
 * Not thread-safe; one per benchmark run.
 */
final class ReadabilityRunner {

    static final String READABILITY = "@mozilla/readability@0.6.0";
    static final String JSDOM = "jsdom@27.0.0";
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":([0-9.eE+-]+|null)");

    /** What one Node run measured. */
    record Result(int pages, double wholeRunMs, double processMs, double steadyPagesPerSecond,
            double steadyPagesPerCpuSecond) {
    }

    private final Path home;

    /** @param home the folder that holds (or will hold) node_modules, e.g. ~/.cache/newsdesk-bench */
    ReadabilityRunner(Path home) {
        this.home = Objects.requireNonNull(home, "home");
    }

    void installIfMissing() {
        if (Files.isRegularFile(home.resolve("node_modules/@mozilla/readability/package.json"))
                && Files.isRegularFile(home.resolve("node_modules/jsdom/package.json"))) {
            return;
        }
        try {
            Files.createDirectories(home);
            if (!Files.exists(home.resolve("package.json"))) {
                Files.writeString(home.resolve("package.json"), "{\"name\":\"newsdesk-bench\",\"private\":true}\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + home + ": " + e.getMessage(), e);
        }
        System.out.println("installing " + READABILITY + " and " + JSDOM + " into " + home);
        run(List.of("npm", "install", "--no-audit", "--no-fund", READABILITY, JSDOM), true);
    }

    /**
     * Runs Readability over the pages.
     *
     * @param seconds warm-up and then measuring time for the steady-state figure; 0 for the cold pass only
     */
    Result measure(Path pages, double seconds) {
        Path script = home.resolve("readability-bench.mjs");
        try (InputStream in = ReadabilityRunner.class.getResourceAsStream("readability-bench.mjs")) {
            Files.write(script, Objects.requireNonNull(in, "the benchmark script is missing").readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + script + ": " + e.getMessage(), e);
        }
        long start = System.nanoTime();
        String out = run(List.of("node", script.toString(), pages.toAbsolutePath().toString(),
                String.valueOf(seconds)), false);
        double processMs = (System.nanoTime() - start) / 1e6;
        return new Result((int) number(out, "pages"), number(out, "wholeRunMs"), processMs,
                number(out, "steadyPagesPerSecond"), number(out, "steadyPagesPerCpuSecond"));
    }

    private String run(List<String> command, boolean inheritOutput) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(home.toFile());
        builder.redirectErrorStream(true);
        if (inheritOutput) builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        try {
            Process p = builder.start();
            String out = inheritOutput ? "" : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + code + "): " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static double number(String json, String field) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (!m.group(1).equals(field)) continue;
            return m.group(2).equals("null") ? Double.NaN : Double.parseDouble(m.group(2));
        }
        throw new IllegalStateException("the Readability run printed no " + field + ": " + json);
    }
}
