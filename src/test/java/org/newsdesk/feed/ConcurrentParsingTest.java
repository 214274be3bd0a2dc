package org.newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Feed;

class ConcurrentParsingTest {

    private static final List<String> FIXTURES =
            List.of("rss20.xml", "atom10.xml", "jsonfeed11.json", "rss10.rdf", "atom03.xml", "rss091.xml");

    @Test
    void oneParserGivesTheSameResultsWhenSharedByManyThreads() throws Exception {
        FeedParser parser = new FeedParser();
        URI url = URI.create("https://shared.example/feed");
        List<Feed> expected = FIXTURES.stream().map(name -> parser.parse(Fixtures.bytes(name), null, url)).toList();

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Feed>> results = new ArrayList<>();
            for (int round = 0; round < 25; round++) {
                for (String name : FIXTURES) {
                    results.add(threads.submit(() -> parser.parse(Fixtures.bytes(name), null, url)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % FIXTURES.size()));
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
