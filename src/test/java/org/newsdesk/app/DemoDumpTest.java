package org.newsdesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.demo.DemoArticle;
import org.newsdesk.demo.DemoNetwork;
import org.newsdesk.domain.Article;
import org.newsdesk.ingest.Progress;

/** Temporary: writes the ingested demo articles as a clustering corpus. */
class DemoDumpTest {
    @TempDir Path folder;

    @Test
    void dumps() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (DemoNetwork network = DemoNetwork.start(0); Newsdesk newsdesk = new Newsdesk(DemoIngestTest.embedded(folder, null, null), false)) {
            for (URI url : network.subscriptions()) newsdesk.sourceService.add(url.toString(), null);
            newsdesk.sourceService.refreshAll(Progress.NONE);
            List<Article> all = new ArrayList<>(newsdesk.articles.newest(1000, null));
            all.sort(Comparator.comparingLong(Article::id));
            StringBuilder docs = new StringBuilder();
            StringBuilder gold = new StringBuilder();
            for (Article a : all) {
                DemoArticle demo = network.articles().stream().filter(d -> d.url().toString().equals(a.url())).findFirst().orElseThrow();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", Long.toString(a.id()));
                m.put("title", a.title());
                m.put("text", a.content().bodyText());
                m.put("published", a.shownAt().toString());
                m.put("url", a.url());
                m.put("source", Long.toString(a.sourceId()));
                if (a.canonicalUrl() != null) m.put("canonical_url", a.canonicalUrl());
                docs.append(json.writeValueAsString(m)).append('\n');
                gold.append(json.writeValueAsString(Map.of("id", Long.toString(a.id()), "cluster", demo.event(),
                        "story", newsdesk.storyStore.memberOf(a.id()).orElseThrow().storyKey()))).append('\n');
            }
            Files.createDirectories(Path.of("target/cluster-eval"));
            Files.writeString(Path.of("target/cluster-eval/demo.jsonl"), docs);
            Files.writeString(Path.of("target/cluster-eval/demo-gold.jsonl"), gold);
        }
    }
}
