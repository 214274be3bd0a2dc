package org.newsdesk.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * Two builds of the extractor against jsoup's bare parse in one JVM, in turns: parse every page, extract every page
 * with the old build, then with the new one, for a number of rounds; prints the medians of the last two thirds in
 * thread CPU time. Both builds meet the same load, so their ratio holds on a busy machine where separate runs do
 * not. Each build is loaded from its classes folder with the libraries of the test classpath. Not a unit test (see
 * docs/BENCHMARKS.md): {@code java -cp … org.newsdesk.extract.ExtractionTwoBuilds PAGES_DIR OLD_CLASSES NEW_CLASSES
 * CLASSPATH_FILE [ROUNDS]}.
 */
public final class ExtractionTwoBuilds {

    private ExtractionTwoBuilds() {
    }

    public static void main(String[] args) throws Exception {
        List<PageFile> pages = ExtractRun.pages(Path.of(args[0])).stream().map(PageFile::read)
                .filter(p -> !p.plainText()).toList();
        List<URL> libraries = new ArrayList<>();
        for (String entry : Files.readString(Path.of(args[3])).strip().split(":")) {
            libraries.add(Path.of(entry).toUri().toURL());
        }
        Build old = new Build(Path.of(args[1]), libraries);
        Build now = new Build(Path.of(args[2]), libraries);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> parses = new ArrayList<>();
        List<Double> oldRatios = new ArrayList<>();
        List<Double> newRatios = new ArrayList<>();
        List<Double> newOverOld = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            for (PageFile p : pages) Parser.htmlParser().parseInput(p.content(), p.url().toString());
            long parsed = threads.getCurrentThreadCpuTime();
            old.extractAll(pages);
            long oldDone = threads.getCurrentThreadCpuTime();
            now.extractAll(pages);
            long newDone = threads.getCurrentThreadCpuTime();
            if (r < rounds / 3) continue; // warm-up: the compiler is still at work
            double parse = parsed - start;
            parses.add(parse / 1e6);
            oldRatios.add((oldDone - parsed) / parse);
            newRatios.add((newDone - oldDone) / parse);
            newOverOld.add((double) (newDone - oldDone) / (oldDone - parsed));
        }
        System.out.printf("parse %.1f ms; extraction / parse: old %.3f, new %.3f; new / old %.3f (range %.3f–%.3f)%n",
                median(parses), median(oldRatios), median(newRatios), median(newOverOld),
                Collections.min(newOverOld), Collections.max(newOverOld));
    }

    /** One build of the extractor, in a class loader of its own. */
    private static final class Build {
        private final Object extractor;
        private final Method extract;

        Build(Path classes, List<URL> libraries) throws Exception {
            List<URL> urls = new ArrayList<>(List.of(classes.toUri().toURL()));
            urls.addAll(libraries);
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass(ArticleExtractor.class.getName());
            extractor = type.getConstructor().newInstance();
            extract = type.getMethod("extract", String.class, URI.class);
        }

        void extractAll(List<PageFile> pages) throws Exception {
            for (PageFile p : pages) extract.invoke(extractor, p.content(), p.url());
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
