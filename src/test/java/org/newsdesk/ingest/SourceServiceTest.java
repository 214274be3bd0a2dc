package org.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Source;
import org.newsdesk.search.SearchQuery;

class SourceServiceTest {

    @TempDir
    Path folder;

    private TestNetwork network;
    private IngestFixture ingest;

    @BeforeEach
    void start() throws IOException {
        network = new TestNetwork();
        ingest = new IngestFixture(folder);
        network.serve("/feed", "application/rss+xml", Feeds.rss(network, 2));
        Feeds.servePages(network, 2);
    }

    @AfterEach
    void stop() {
        ingest.close();
        network.close();
    }

    @Test
    void refusesToFollowTheSameFeedTwice() {
        Source first = ingest.service.add(network.url("/feed").toString(), null);

        assertThatThrownBy(() -> ingest.service.add(network.url("/feed").toString(), null))
                .isInstanceOfSatisfying(SourceException.class,
                        e -> assertThat(e.reason()).isEqualTo(SourceException.Reason.ALREADY_SUBSCRIBED))
                .hasMessage("already subscribed: source #" + first.id() + " \"Test Feed\" (" + network.url("/feed") + ")");
    }

    @Test
    void refusesWhatIsNotAWebAddress() {
        assertThatThrownBy(() -> ingest.service.add("ftp://example.org/feed", null))
                .hasMessage("not a web address: \"ftp://example.org/feed\" (expected http:// or https://)");
        assertThatThrownBy(() -> ingest.service.add("not a url", null))
                .isInstanceOfSatisfying(SourceException.class,
                        e -> assertThat(e.reason()).isEqualTo(SourceException.Reason.INVALID_URL));
    }

    @Test
    void importsOpmlFoldersAsCategoriesAndSkipsKnownFeeds() {
        ingest.service.add(network.url("/feed").toString(), null);
        String opml = """
                <?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
                <outline text="World"><outline text="Known" type="rss" xmlUrl="%s"/>
                <outline text="Other" type="rss" xmlUrl="https://news.example.org/rss"/></outline>
                <outline text="Loose" type="rss" xmlUrl="https://blog.example.org/atom.xml"/>
                <outline text="Other again" type="rss" xmlUrl="https://news.example.org/rss"/>
                <outline text="Ftp" type="rss" xmlUrl="ftp://files.example.org/feed"/>
                </body></opml>""".formatted(network.url("/feed"));
        List<Long> progress = new ArrayList<>();

        SourceService.ImportReport report = ingest.service.importOpml(opml.getBytes(StandardCharsets.UTF_8),
                (done, total) -> progress.add(done));

        assertThat(report).isEqualTo(new SourceService.ImportReport(2, 1, List.of(), List.of(
                "Other again: https://news.example.org/rss is listed again; kept once, in World",
                "Ftp: not a web address: \"ftp://files.example.org/feed\" (expected http:// or https://)")));
        assertThat(progress).containsExactly(1L, 2L, 3L);
        assertThat(ingest.sources.findByFeedUrl("https://news.example.org/rss")).hasValueSatisfying(s -> {
            assertThat(s.title()).isEqualTo("Other");
            assertThat(s.category()).isEqualTo("World");
        });
        assertThat(ingest.sources.findByFeedUrl("https://blog.example.org/atom.xml").orElseThrow().category()).isNull();
    }

    @Test
    void exportsWhatItImports() {
        String opml = """
                <opml version="2.0"><head/><body><outline text="Tech"><outline text="A" xmlUrl="https://a.example.org/feed"/>
                </outline></body></opml>""";
        ingest.service.importOpml(opml.getBytes(StandardCharsets.UTF_8), Progress.NONE);

        String exported = ingest.service.exportOpml();

        assertThat(exported).contains("<outline text=\"Tech\"").contains("xmlUrl=\"https://a.example.org/feed\"");
        IngestFixture other = new IngestFixture(folder.resolve("other"));
        try (other) {
            other.service.importOpml(exported.getBytes(StandardCharsets.UTF_8), Progress.NONE);
            assertThat(other.sources.list()).singleElement().satisfies(s -> {
                assertThat(s.feedUrl()).isEqualTo("https://a.example.org/feed");
                assertThat(s.category()).isEqualTo("Tech");
            });
        }
    }

    @Test
    void explainsAnUnreadableOpmlFile() {
        assertThatThrownBy(() -> ingest.service.importOpml("<html>no</html>".getBytes(StandardCharsets.UTF_8), Progress.NONE))
                .isInstanceOfSatisfying(SourceException.class,
                        e -> assertThat(e.reason()).isEqualTo(SourceException.Reason.INVALID_OPML));
    }

    @Test
    void removingASourceForgetsItsArticlesInStoreAndIndex() {
        Source source = ingest.service.add(network.url("/feed").toString(), null);
        ingest.service.refresh(source.id());
        assertThat(ingest.index.search(SearchQuery.of("story")).total()).isEqualTo(2);

        ingest.service.remove(source.id());

        assertThat(ingest.articles.count()).isZero();
        assertThat(ingest.index.search(SearchQuery.of("story")).total()).isZero();
        assertThatThrownBy(() -> ingest.service.get(source.id())).hasMessage("there is no source #" + source.id());
    }

    @Test
    void refreshKeepsTheRelatedArticlesOfTheArticlesItAdds() {
        Source source = ingest.service.add(network.url("/feed").toString(), null);

        ingest.service.refresh(source.id());

        List<Long> ids = ingest.articles.idsOfSource(source.id());
        assertThat(ids).hasSize(2);
        // The two stories share their wording: each is the other's related article.
        assertThat(ingest.relatedStore.find(ids.get(0))).contains(List.of(ids.get(1)));
        assertThat(ingest.relatedStore.find(ids.get(1))).contains(List.of(ids.get(0)));
        assertThat(ingest.related.takeIndexed()).isEmpty();
    }

    @Test
    void makesASourceDueNowWhenAskedToRefreshIt() {
        Source source = ingest.service.add(network.url("/feed").toString(), null);
        ingest.service.refresh(source.id());
        assertThat(ingest.sources.find(source.id()).orElseThrow().polling().nextPollAt()).isAfter(Instant.now());

        ingest.service.requestRefresh(source.id());

        assertThat(ingest.sources.due(Instant.now(), 10)).extracting(Source::id).containsExactly(source.id());
    }

    @Test
    void reportsCountsForStatus() {
        Source source = ingest.service.add(network.url("/feed").toString(), null);
        ingest.service.refresh(source.id());
        assertThat(ingest.service.status()).isEqualTo(new IngestStatus(1, 2, 0, 0));
    }

    @Test
    void rebuildsTheIndexFromTheStore() {
        Source source = ingest.service.add(network.url("/feed").toString(), null);
        ingest.service.refresh(source.id());
        ingest.index.clear();
        ingest.index.commit();
        assertThat(ingest.reindexer.stale()).isTrue();

        assertThat(ingest.reindexer.rebuild(Progress.NONE)).isEqualTo(2);

        assertThat(ingest.reindexer.stale()).isFalse();
        assertThat(ingest.index.search(SearchQuery.of("story")).total()).isEqualTo(2);
    }
}
