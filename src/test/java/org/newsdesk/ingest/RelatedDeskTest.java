package org.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ContentOrigin;
import org.newsdesk.domain.NewArticle;
import org.newsdesk.domain.Polling;
import org.newsdesk.search.LuceneSearchIndex;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.RelatedStore;
import org.newsdesk.store.SourceStore;

class RelatedDeskTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path folder;

    private Database database;
    private ArticleStore articles;
    private RelatedStore related;
    private LuceneSearchIndex index;
    private RelatedDesk desk;
    private long sourceId;
    private long strikeEnds, budget, strikesSpread, heat;

    @BeforeEach
    void open() {
        database = Database.sqliteIn(folder);
        articles = new ArticleStore(database);
        related = new RelatedStore(database);
        index = new LuceneSearchIndex(folder.resolve("index"), Clock.fixed(NOW, ZoneOffset.UTC));
        desk = new RelatedDesk(related, index, Clock.fixed(NOW, ZoneOffset.UTC));
        sourceId = new SourceStore(database).add("https://example.org/feed", null, "Harbor Times", null,
                Polling.initial(NOW, Duration.ofHours(1))).id();
        strikeEnds = indexed("Port strike ends", "Dock workers voted to end the strike on Tuesday.");
        budget = indexed("Council approves budget", "The council approved the budget for the harbour district.");
        strikesSpread = indexed("Strikes spread to Belfast", "Workers in Belfast are striking over pay.");
        heat = indexed("Heat wave grips the valley", "Record heat in the valley; farmers worry about the drought.");
        index.commit();
    }

    @AfterEach
    void close() {
        desk.close();
        index.close();
        database.close();
    }

    @Test
    void backfillKeepsTheListOfEveryArticleWithoutOne() {
        List<long[]> progress = new ArrayList<>();

        long kept = desk.backfill((done, total) -> progress.add(new long[] {done, total}), 2);

        assertThat(kept).isEqualTo(4);
        assertThat(progress).containsExactly(new long[] {4, 4});
        assertThat(related.find(strikeEnds)).contains(List.of(strikesSpread));
        assertThat(related.find(strikesSpread)).contains(List.of(strikeEnds));
        assertThat(related.find(budget)).contains(List.of());
        assertThat(related.countWithoutRelated()).isZero();
    }

    @Test
    void backfillLeavesAnArticleTheIndexDoesNotHaveYet() {
        long notIndexed = stored("Strike talks", "Dock workers talk.");

        assertThat(desk.backfill(Progress.NONE, 1)).isEqualTo(4);

        assertThat(related.find(notIndexed)).isEmpty();
        assertThat(related.withoutRelated(Long.MIN_VALUE, 10)).containsExactly(notIndexed);
    }

    @Test
    void aNewArticleGetsItsListAndJoinsTheListsOfTheArticlesItListsFirst() {
        desk.backfill(Progress.NONE, 1);
        long talks = indexed("Dock strike talks resume",
                "Dock workers and port owners resume talks as the strike enters a second week.");
        desk.indexed(talks);

        List<Long> committed = desk.takeIndexed();
        index.commit();
        desk.committed(committed);

        assertThat(committed).containsExactly(talks);
        assertThat(related.find(talks)).contains(List.of(strikeEnds, strikesSpread));
        assertThat(related.find(strikeEnds)).contains(List.of(talks, strikesSpread));
        assertThat(related.find(strikesSpread)).contains(List.of(strikeEnds, talks));
        assertThat(related.find(heat)).contains(List.of());
    }

    @Test
    void anArticleIndexedAfterTheCommitBeganWaitsForTheNextCommit() {
        long talks = indexed("Dock strike talks resume", "Dock workers and port owners resume talks.");
        desk.indexed(talks);
        List<Long> committed = desk.takeIndexed();
        long later = indexed("Budget vote delayed", "The council delayed the budget vote.");
        desk.indexed(later);
        index.commit();

        desk.committed(committed);

        assertThat(related.find(talks)).isPresent();
        assertThat(related.find(later)).isEmpty();
        assertThat(desk.takeIndexed()).containsExactly(later);
    }

    @Test
    void theBackgroundThreadBackfillsThenTakesCommittedArticles() throws InterruptedException {
        desk.start();
        assertThat(eventually(() -> related.find(heat))).contains(List.of());

        long talks = indexed("Dock strike talks resume",
                "Dock workers and port owners resume talks as the strike enters a second week.");
        desk.indexed(talks);
        List<Long> committed = desk.takeIndexed();
        index.commit();
        desk.committed(committed);

        assertThat(eventually(() -> related.find(talks))).contains(List.of(strikeEnds, strikesSpread));
        assertThat(eventually(() -> related.find(strikeEnds).filter(list -> list.contains(talks))))
                .contains(List.of(talks, strikesSpread));
    }

    private static <T> Optional<T> eventually(java.util.function.Supplier<Optional<T>> probe) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Optional<T> found = probe.get();
        while (found.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
            found = probe.get();
        }
        return found;
    }

    private long indexed(String title, String body) {
        long id = stored(title, body);
        Article article = articles.find(id).orElseThrow();
        index.index(article, "Harbor Times");
        return id;
    }

    private long stored(String title, String body) {
        ArticleContent content = new ArticleContent(title, List.of(), NOW.minus(Duration.ofDays(1)), null, null, "en",
                null, null, null, "<p>" + body + "</p>", body, List.of(), null, List.of());
        String identity = "https://example.org/" + title.toLowerCase().replace(' ', '-');
        return articles.insert(new NewArticle(sourceId, identity, identity, ContentOrigin.FEED, NOW, List.of(), content)).id();
    }
}
