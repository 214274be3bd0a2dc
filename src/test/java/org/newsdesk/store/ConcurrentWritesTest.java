package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.store.Samples.T0;
import static org.newsdesk.store.Samples.at;
import static org.newsdesk.store.Samples.polling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleVersion;
import org.newsdesk.domain.ContentOrigin;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.SourceState;

class ConcurrentWritesTest extends BackendTest {
    private static final int THREADS = 8;
    private static final int ARTICLES_PER_THREAD = 60;

    /** Runs {@code task(i)} on {@link #THREADS} virtual threads that start together, and rethrows any failure. */
    private static void onVirtualThreads(int threads, ThreadTask task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int thread = i;
                futures.add(executor.submit(() -> {
                    start.await();
                    task.run(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) future.get();
        }
    }

    @FunctionalInterface
    private interface ThreadTask {
        void run(int thread) throws Exception;
    }

    @OnEveryBackend
    void eightVirtualThreadsWritingAtOnceAllSucceed(Backend backend) throws Exception {
        Database database = open(backend);
        SourceStore sources = new SourceStore(database);
        ArticleStore articles = new ArticleStore(database);
        long sourceId = sources.add("https://example.org/feed", null, "Example", null, polling(T0)).id();

        onVirtualThreads(THREADS, thread -> {
            for (int n = 0; n < ARTICLES_PER_THREAD; n++) {
                Article article = articles.insert(Samples.article(sourceId, thread + "-" + n));
                if (n % 10 == 0) {
                    articles.revise(article.id(), Samples.minimalContent("revised"), ContentOrigin.PAGE, at(1));
                    sources.updatePolling(sourceId, new Polling(SourceState.OK, at(n), at(n), at(n + 30),
                            Duration.ofMinutes(30), "\"" + thread + "\"", null, 0, null));
                }
                articles.newest(5, null);
            }
        });

        assertThat(articles.count()).isEqualTo(THREADS * ARTICLES_PER_THREAD);
        assertThat(articles.countBySource(sourceId)).isEqualTo(THREADS * ARTICLES_PER_THREAD);
        assertThat(articles.findByIdentity(sourceId, "7-59")).isPresent();
        assertThat(articles.findByIdentity(sourceId, "3-10").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void twoHandlesOnOneSqliteFileWriteAtOnceLikeTwoProcesses() throws Exception {
        Database first = open(Backend.SQLITE);
        Database second = openSqliteAgain();
        long sourceId = new SourceStore(first).add("https://example.org/feed", null, "Example", null, polling(T0)).id();
        List<ArticleStore> stores = List.of(new ArticleStore(first), new ArticleStore(second));

        onVirtualThreads(THREADS, thread -> {
            ArticleStore articles = stores.get(thread % 2);
            for (int n = 0; n < ARTICLES_PER_THREAD; n++) {
                articles.insert(Samples.article(sourceId, thread + "-" + n));
            }
        });

        assertThat(stores.get(1).count()).isEqualTo(THREADS * ARTICLES_PER_THREAD);
    }

    @OnEveryBackend
    void concurrentRevisionsOfOneArticleEachKeepTheTextBeforeThem(Backend backend) throws Exception {
        Database database = open(backend);
        ArticleStore articles = new ArticleStore(database);
        long sourceId = new SourceStore(database).add("https://example.org/feed", null, "E", null, polling(T0)).id();
        long id = articles.insert(Samples.article(sourceId, "a", Samples.minimalContent("text 0"), T0)).id();

        onVirtualThreads(THREADS, thread ->
                articles.revise(id, Samples.minimalContent("text " + (thread + 1)), ContentOrigin.PAGE, at(thread)));

        List<ArticleVersion> versions = articles.versions(id);
        assertThat(articles.find(id).orElseThrow().version()).isEqualTo(THREADS + 1);
        assertThat(versions).extracting(ArticleVersion::version)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, THREADS).boxed().toList());
        assertThat(versions.getFirst().content().title()).isEqualTo("text 0");
        List<String> texts = new ArrayList<>(versions.stream().map(v -> v.content().title()).toList());
        texts.add(articles.find(id).orElseThrow().title());
        assertThat(texts).doesNotHaveDuplicates().hasSize(THREADS + 1);
    }
}
