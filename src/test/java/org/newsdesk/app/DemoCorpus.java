package org.newsdesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.demo.DemoArticle;
import org.newsdesk.demo.DemoNetwork;
import org.newsdesk.domain.Article;
import org.newsdesk.ingest.Progress;

/**
 * Benchmark tool: ingests the demo network into a throw-away data folder and writes its articles as the clusterer
 * saw them (extracted title and text, shown time, source), in arrival order, with each article's demo event as
 * the gold story: {@code DemoCorpus OUT_DIR} writes {@code demo.jsonl} and {@code demo-gold.jsonl} for
 * {@code ClusterTuning}.
 */
public final class DemoCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Path data = Files.createTempDirectory("newsdesk-demo-corpus");
        try (DemoNetwork network = DemoNetwork.start(0);
             Newsdesk newsdesk = new Newsdesk(DemoIngestTest.embedded(data, null, null), false)) {
            for (URI url : network.subscriptions()) newsdesk.sourceService.add(url.toString(), null);
            newsdesk.sourceService.refreshAll(Progress.NONE);
            List<Article> articles = new ArrayList<>(newsdesk.articles.newest(1000, null));
            articles.sort(Comparator.comparingLong(Article::id));
            StringBuilder docs = new StringBuilder();
            StringBuilder gold = new StringBuilder();
            for (Article a : articles) {
                DemoArticle demo = network.articles().stream().filter(d -> d.url().toString().equals(a.url()))
                        .findFirst().orElseThrow();
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("id", Long.toString(a.id()));
                doc.put("title", a.title());
                doc.put("text", a.content().bodyText());
                doc.put("published", a.shownAt().toString());
                doc.put("url", a.url());
                doc.put("source", Long.toString(a.sourceId()));
                if (a.canonicalUrl() != null) doc.put("canonical_url", a.canonicalUrl());
                docs.append(JSON.writeValueAsString(doc)).append('\n');
                gold.append(JSON.writeValueAsString(Map.of("id", doc.get("id"), "cluster", demo.event()))).append('\n');
            }
            Files.createDirectories(out);
            Files.writeString(out.resolve("demo.jsonl"), docs);
            Files.writeString(out.resolve("demo-gold.jsonl"), gold);
            System.out.println("wrote " + articles.size() + " demo articles to " + out);
        }
    }
}
