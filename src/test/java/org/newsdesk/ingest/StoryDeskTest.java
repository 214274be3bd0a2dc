package org.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cluster.ClusterSettings;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.Source;
import org.newsdesk.store.StoryStore;

/** Admins' corrections to stories hold: through new articles and through a restart's replay. */
class StoryDeskTest {

    @TempDir
    Path folder;

    @Test
    void keepsAnArticleWhereAnAdminSplitOrMovedIt() throws Exception {
        try (TestNetwork network = new TestNetwork(); IngestFixture ingest = new IngestFixture(folder)) {
            network.serve("/feed", "application/rss+xml", Feeds.rss(network, 2));
            Feeds.servePages(network, 2);
            Source source = ingest.service.add(network.url("/feed").toString(), null);
            ingest.service.refresh(source.id());
            StoryStore stories = new StoryStore(ingest.database);
            List<Article> articles = ingest.articles.bySource(source.id(), 10);
            long first = articles.getLast().id();
            long second = articles.getFirst().id();
            String together = stories.memberOf(first).orElseThrow().storyKey();
            assertThat(stories.memberOf(second).orElseThrow().storyKey()).isEqualTo(together);

            StoryDesk desk = new StoryDesk(stories, ingest.articles, () -> IngestFixture.EMBEDDER, ClusterSettings.defaults());
            desk.replay(Instant.EPOCH);
            String alone = desk.split(second);

            assertThat(stories.memberOf(second).orElseThrow().storyKey()).isEqualTo(alone);
            assertThat(stories.find(alone).orElseThrow().articleCount()).isEqualTo(1);
            assertThat(stories.find(together).orElseThrow().articleCount()).isEqualTo(1);

            StoryDesk restarted = new StoryDesk(stories, ingest.articles, () -> IngestFixture.EMBEDDER, ClusterSettings.defaults());
            restarted.replay(Instant.EPOCH);
            assertThat(stories.memberOf(second).orElseThrow().storyKey()).isEqualTo(alone);
            assertThat(stories.memberOf(first).orElseThrow().storyKey()).isEqualTo(together);

            restarted.move(second, together);
            assertThat(stories.memberOf(second).orElseThrow().storyKey()).isEqualTo(together);
            assertThat(stories.find(together).orElseThrow().articleCount()).isEqualTo(2);
            assertThat(stories.find(alone)).isEmpty();
            assertThatThrownBy(() -> restarted.move(first, "no-such-story")).hasMessage("there is no story no-such-story");
        }
    }
}
