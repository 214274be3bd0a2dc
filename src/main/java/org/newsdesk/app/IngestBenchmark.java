package org.newsdesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsdesk.demo.DemoArticle;
import org.newsdesk.demo.DemoNetwork;
import org.newsdesk.fetch.AddressPolicy;
import org.newsdesk.fetch.FetchRequest;
import org.newsdesk.fetch.FetchSettings;
import org.newsdesk.fetch.HttpFetcher;
import org.newsdesk.ingest.Progress;
import org.newsdesk.ingest.RefreshReport;

/**
 * Measures demo articles per second ingested end to end (feed fetch → parse → page fetch → extract → store →
 * index), against a peer in the same run: fetching the same feeds and pages with nothing else done. Each round
 * starts from an empty store. Not thread-safe: one run at a time.
 */
final class IngestBenchmark {

    record Round(double pipelineSeconds, double fetchOnlySeconds, int articles) {}

    private final int rounds;

    IngestBenchmark(int rounds) {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
        this.rounds = rounds;
    }

    void run(Config base) {
        try (DemoNetwork network = DemoNetwork.start(0)) {
            Config config = base.withAllowedAddresses(List.of("127.0.0.1")).withHostDelay(Duration.ZERO);
            System.out.printf("Ingest benchmark: %d demo articles from %d sources, %d rounds after one warm-up, %d cores%n",
                    network.articleCount(), network.subscriptions().size(), rounds, Runtime.getRuntime().availableProcessors());
            round(network, config);
            List<Round> results = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                Round r = round(network, config);
                results.add(r);
                System.out.printf("round %d: pipeline %.3f s (%.1f articles/s), fetch only %.3f s (%.1f articles/s)%n", i + 1,
                        r.pipelineSeconds(), r.articles() / r.pipelineSeconds(), r.fetchOnlySeconds(), r.articles() / r.fetchOnlySeconds());
            }
            double pipeline = median(results.stream().map(r -> r.articles() / r.pipelineSeconds()).toList());
            double fetchOnly = median(results.stream().map(r -> r.articles() / r.fetchOnlySeconds()).toList());
            System.out.printf("median: pipeline %.1f articles/s, fetch only %.1f articles/s, pipeline/fetch-only ratio %.2f%n",
                    pipeline, fetchOnly, pipeline / fetchOnly);
        }
    }

    private Round round(DemoNetwork network, Config config) {
        Path folder = temporaryFolder();
        try (Newsdesk newsdesk = new Newsdesk(configIn(config, folder), false)) {
            for (URI url : network.subscriptions()) newsdesk.sourceService.add(url.toString(), null);
            long start = System.nanoTime();
            List<RefreshReport> reports = newsdesk.sourceService.refreshAll(Progress.NONE);
            double pipeline = (System.nanoTime() - start) / 1e9;
            int added = reports.stream().mapToInt(RefreshReport::added).sum();
            if (added != network.articleCount()) {
                throw new IllegalStateException("ingested " + added + " of " + network.articleCount() + " demo articles");
            }
            return new Round(pipeline, fetchOnly(network, newsdesk), added);
        } finally {
            delete(folder);
        }
    }

    /** The peer: the same feeds and pages fetched with the same fetcher settings, and nothing else. */
    private static double fetchOnly(DemoNetwork network, Newsdesk newsdesk) {
        FetchSettings settings = FetchSettings.defaults().withHostDelay(Duration.ZERO)
                .withAddressPolicy(AddressPolicy.allowing(List.of("127.0.0.1")));
        try (HttpFetcher fetcher = new HttpFetcher(settings, Clock.systemUTC())) {
            long start = System.nanoTime();
            for (var source : newsdesk.sources.list()) fetcher.fetch(FetchRequest.feed(URI.create(source.feedUrl())));
            for (DemoArticle article : network.articles()) {
                fetcher.fetch(article.disallowedByRobots() ? FetchRequest.feed(article.url()) : FetchRequest.page(article.url()));
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static Config configIn(Config c, Path folder) {
        return new Config(folder, null, null, null, c.host(), c.port(), c.allowedAddresses(), c.refreshConcurrency(),
                c.maxFetchBytes(), c.hostDelay(), c.maxReadsPerRefresh(), c.llmUrl(), c.llmModel(), c.llmKey());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("newsdesk-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
