package org.newsdesk.understand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsdesk.domain.ArticleContent;

/**
 * How often cheaper embedding settings choose the same summary sentences as generous ones (every sentence, 64 word
 * pieces): SummaryAgreement DIR K:T... — to pick the defaults.
 */
final class SummaryAgreement {
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(null, () -> run(args), "agreement", 64 << 20);
        t.start();
        t.join();
    }

    static void run(String[] args) {
        try {
            List<ArticleContent> articles = List.copyOf(Articles.extractedFrom(Path.of(args[0])).values());
            SentenceEmbedder embedder = new SentenceEmbedder();
            Lexicon lexicon = Lexicon.builtIn();
            SentenceSplitter splitter = new SentenceSplitter(EnglishModels.load().sentences(), new WordTokenizer());
            Candidates candidates = new Candidates(new Boilerplate(), lexicon);
            ArticleSummarizer reference = new ArticleSummarizer(embedder, candidates, new Understanding.Settings(40, 64, 3));
            List<List<String>> ref = new ArrayList<>();
            for (ArticleContent a : articles) ref.add(reference.summarize(ArticleText.of(a, true, splitter)).summary());
            for (int k = 1; k < args.length; k++) {
                String[] kt = args[k].split(":");
                ArticleSummarizer s = new ArticleSummarizer(embedder, candidates,
                        new Understanding.Settings(Integer.parseInt(kt[0]), Integer.parseInt(kt[1]), 3));
                int same = 0;
                int total = 0;
                for (int i = 0; i < articles.size(); i++) {
                    Set<String> r = new HashSet<>(ref.get(i));
                    for (String x : s.summarize(ArticleText.of(articles.get(i), true, splitter)).summary()) if (r.contains(x)) same++;
                    total += r.size();
                }
                System.out.printf("K=%s T=%s: %.3f of the reference sentences chosen%n", kt[0], kt[1], (double) same / total);
            }
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
