package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.SourceState;
import org.newsdesk.domain.SourceSummary;
import org.newsdesk.store.StoreException.Reason;

class SourceStoreTest extends BackendTest {
    private static final Instant CREATED = Instant.parse("2025-01-02T03:04:05.678Z");

    private SourceStore sources(Backend backend) {
        return new SourceStore(open(backend), Clock.fixed(CREATED, ZoneOffset.UTC));
    }

    @OnEveryBackend
    void addsASourceAndFindsItByIdAndFeedUrl(Backend backend) {
        SourceStore sources = sources(backend);

        Source added = sources.add("https://example.org/feed.xml", "https://example.org/", "Example — Nouvelles",
                "Europe", polling(T0));

        Source expected = new Source(added.id(), "https://example.org/feed.xml", "https://example.org/",
                "Example — Nouvelles", "Europe", CREATED,
                new Polling(SourceState.NEW, null, null, T0, Duration.ofMinutes(30), null, null, 0, null));
        assertThat(added).isEqualTo(expected);
        assertThat(sources.find(added.id())).contains(expected);
        assertThat(sources.findByFeedUrl("https://example.org/feed.xml")).contains(expected);
        assertThat(sources.find(added.id() + 1)).isEmpty();
        assertThat(sources.findByFeedUrl("https://example.org/other.xml")).isEmpty();
    }

    @OnEveryBackend
    void addingAFeedUrlTwiceFailsAsDuplicateAndSaysWhich(Backend backend) {
        SourceStore sources = sources(backend);
        sources.add("https://example.org/feed.xml", null, "Example", null, polling(T0));

        assertThatThrownBy(() -> sources.add("https://example.org/feed.xml", null, "Again", "News", polling(T0)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DUPLICATE))
                .hasMessage("a source with the feed URL https://example.org/feed.xml already exists");
        assertThat(sources.count()).isEqualTo(1);
    }

    @OnEveryBackend
    void listsSourcesById(Backend backend) {
        SourceStore sources = sources(backend);
        long b = sources.add("https://b.example/feed", null, "B", null, polling(T0)).id();
        long a = sources.add("https://a.example/feed", null, "A", null, polling(T0)).id();

        assertThat(sources.list()).extracting(Source::id, Source::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(b, "B"), org.assertj.core.groups.Tuple.tuple(a, "A"));
    }

    @OnEveryBackend
    void dueSourcesComeLongestOverdueFirstUpToTheLimit(Backend backend) {
        SourceStore sources = sources(backend);
        sources.add("https://later.example/feed", null, "Later", null, polling(at(10)));
        sources.add("https://second.example/feed", null, "Second", null, polling(at(-5)));
        sources.add("https://first.example/feed", null, "First", null, polling(at(-20)));
        sources.add("https://now.example/feed", null, "Now", null, polling(at(0)));

        assertThat(sources.due(at(0), 10)).extracting(Source::title).containsExactly("First", "Second", "Now");
        assertThat(sources.due(at(0), 2)).extracting(Source::title).containsExactly("First", "Second");
        assertThat(sources.due(at(-30), 10)).isEmpty();
        assertThat(sources.nextDue()).contains(at(-20));
    }

    @OnEveryBackend
    void nextDueIsEmptyWithoutSources(Backend backend) {
        assertThat(sources(backend).nextDue()).isEmpty();
    }

    @OnEveryBackend
    void updatePollingKeepsEveryField(Backend backend) {
        SourceStore sources = sources(backend);
        Source source = sources.add("https://example.org/feed", null, "Example", null, polling(T0));
        Polling failing = new Polling(SourceState.FAILING, at(1), at(-60), at(90), Duration.ofSeconds(5_400),
                "W/\"ab-cd\"", "Fri, 14 Mar 2025 09:00:00 GMT", 3, "the server answered 503 Service Unavailable ✗");

        sources.updatePolling(source.id(), failing);

        assertThat(sources.find(source.id())).contains(source.withPolling(failing));
        Polling cleared = new Polling(SourceState.OK, at(2), at(2), at(32), Duration.ofMinutes(30), null, null, 0, null);
        sources.updatePolling(source.id(), cleared);
        assertThat(sources.find(source.id())).contains(source.withPolling(cleared));
    }

    @OnEveryBackend
    void changingAMissingSourceFailsAsNotFound(Backend backend) {
        SourceStore sources = sources(backend);

        assertThatThrownBy(() -> sources.updatePolling(42, polling(T0)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
                .hasMessage("there is no source 42");
        assertThatThrownBy(() -> sources.rename(42, "Title", null)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> sources.setCategory(42, "News")).isInstanceOf(StoreException.class);
        assertThat(sources.remove(42)).isFalse();
    }

    @OnEveryBackend
    void renamesAndRecategorisesASource(Backend backend) {
        SourceStore sources = sources(backend);
        Source source = sources.add("https://example.org/feed", "https://example.org/", "Old", "News", polling(T0));

        sources.rename(source.id(), "New name", null);
        sources.setCategory(source.id(), null);

        Source found = sources.find(source.id()).orElseThrow();
        assertThat(found.title()).isEqualTo("New name");
        assertThat(found.siteUrl()).isNull();
        assertThat(found.category()).isNull();
        sources.rename(source.id(), "New name", "https://example.com/");
        sources.setCategory(source.id(), "Tech");
        assertThat(sources.find(source.id()).orElseThrow())
                .extracting(Source::siteUrl, Source::category).containsExactly("https://example.com/", "Tech");
    }

    @OnEveryBackend
    void countsSourcesAndFailingSources(Backend backend) {
        SourceStore sources = sources(backend);
        Source a = sources.add("https://a.example/feed", null, "A", null, polling(T0));
        Source b = sources.add("https://b.example/feed", null, "B", null, polling(T0));
        sources.add("https://c.example/feed", null, "C", null, polling(T0));
        Polling failing = new Polling(SourceState.FAILING, T0, null, at(5), Duration.ofMinutes(5), null, null, 1,
                "timeout");
        sources.updatePolling(a.id(), failing);
        sources.updatePolling(b.id(), failing);

        assertThat(sources.count()).isEqualTo(3);
        assertThat(sources.countFailing()).isEqualTo(2);
    }

    @OnEveryBackend
    void summariesCountTheArticlesOfEachSource(Backend backend) {
        Database database = open(backend);
        SourceStore sources = new SourceStore(database);
        ArticleStore articles = new ArticleStore(database);
        long a = sources.add("https://a.example/feed", null, "A", null, polling(T0)).id();
        long b = sources.add("https://b.example/feed", null, "B", null, polling(T0)).id();
        articles.insert(Samples.article(a, "one"));
        articles.insert(Samples.article(a, "two"));

        List<SourceSummary> summaries = sources.summaries();

        assertThat(summaries).extracting(s -> s.source().id(), SourceSummary::articleCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a, 2L), org.assertj.core.groups.Tuple.tuple(b, 0L));
    }

    @OnEveryBackend
    void removingASourceDeletesItsArticlesAndTheirVersions(Backend backend) {
        Database database = open(backend);
        SourceStore sources = new SourceStore(database);
        ArticleStore articles = new ArticleStore(database);
        long gone = sources.add("https://gone.example/feed", null, "Gone", null, polling(T0)).id();
        long kept = sources.add("https://kept.example/feed", null, "Kept", null, polling(T0)).id();
        long revised = articles.insert(Samples.article(gone, "one")).id();
        articles.insert(Samples.article(gone, "two"));
        articles.revise(revised, Samples.minimalContent("One, revised"), org.newsdesk.domain.ContentOrigin.FEED, at(1));
        long other = articles.insert(Samples.article(kept, "three")).id();

        assertThat(sources.remove(gone)).isTrue();

        assertThat(sources.find(gone)).isEmpty();
        assertThat(articles.count()).isEqualTo(1);
        assertThat(articles.idsOfSource(kept)).containsExactly(other);
        assertThat(articles.versions(revised)).isEmpty();
        long versionRows = database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM article_versions").mapTo(Long.class).one());
        assertThat(versionRows).isZero();
    }

    @OnEveryBackend
    void timesAreKeptToTheMillisecond(Backend backend) {
        SourceStore sources = sources(backend);
        Instant precise = Instant.parse("2025-03-14T09:26:53.589793238Z");

        Source added = sources.add("https://example.org/feed", null, "Example", null,
                new Polling(SourceState.OK, precise, precise, precise, Duration.ofMillis(90_500), null, null, 0, null));

        Instant millis = Instant.parse("2025-03-14T09:26:53.589Z");
        assertThat(added.polling()).isEqualTo(
                new Polling(SourceState.OK, millis, millis, millis, Duration.ofSeconds(90), null, null, 0, null));
    }
}
