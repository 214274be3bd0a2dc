package org.newsdesk.understand;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.newsdesk.domain.ArticleContent;

/** Where the stage spends its processor time, pass by pass, on a folder of pages: StageProfile DIR [ROUNDS]. */
final class StageProfile {
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(null, () -> run(args), "profile", 64 << 20);
        t.start();
        t.join();
    }

    static void run(String[] args) {
        try {
            List<ArticleContent> articles = List.copyOf(Articles.extractedFrom(Path.of(args[0])).values());
            int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
            SentenceEmbedder embedder = new SentenceEmbedder();
            Understanding.Settings settings = args.length > 3 ? new Understanding.Settings(Integer.parseInt(args[2]), Integer.parseInt(args[3]), 3) : Understanding.Settings.DEFAULTS;
            Lexicon lexicon = Lexicon.builtIn();
            Gazetteer gazetteer = Gazetteer.builtIn();
            EnglishModels english = EnglishModels.load();
            LanguageIdentifier languages = new LanguageIdentifier();
            WordTokenizer tokenizer = new WordTokenizer();
            SentenceSplitter splitter = new SentenceSplitter(english.sentences(), tokenizer);
            NameFinder names = new NameFinder(lexicon, gazetteer);
            EntityResolver resolver = new EntityResolver(gazetteer);
            QuoteFinder quotes = new QuoteFinder(lexicon, new ClauseVerbs(english.partsOfSpeech()));
            KeyPhrases phrases = new KeyPhrases(english.partsOfSpeech(), lexicon);
            TagRanker tags = new TagRanker();
            Categorizer categorizer = new Categorizer(gazetteer);
            Candidates candidates = new Candidates(new Boilerplate(), lexicon);
            ArticleSummarizer summarizer = new ArticleSummarizer(embedder, candidates, settings);
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            String[] label = {"language", "split", "names", "resolve", "quotes", "phrases", "tags", "categories", "candidates", "summary"};
            for (int r = 0; r < rounds; r++) {
                long[] spent = new long[label.length];
                int sentences = 0;
                for (ArticleContent a : articles) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    String lang = languages.identify(a.title() + "\n" + a.bodyText(), a.language());
                    long t1 = cpu.getCurrentThreadCpuTime();
                    ArticleText text = ArticleText.of(a, lang.equals("en"), splitter);
                    sentences += text.sentences().size();
                    long t2 = cpu.getCurrentThreadCpuTime();
                    List<Mention> m = names.find(text, lang);
                    long t3 = cpu.getCurrentThreadCpuTime();
                    EntityIndex e = resolver.resolve(m, java.util.Set.of());
                    long t4 = cpu.getCurrentThreadCpuTime();
                    quotes.find(text, e);
                    long t5 = cpu.getCurrentThreadCpuTime();
                    List<KeyPhrases.Phrase> ph = phrases.find(text, tokenizer.tokenize(text.title()), lang);
                    long t6 = cpu.getCurrentThreadCpuTime();
                    tags.rank(e, ph, text.title(), "");
                    long t7 = cpu.getCurrentThreadCpuTime();
                    categorizer.categorize(text, e);
                    long t8 = cpu.getCurrentThreadCpuTime();
                    // the summary picks its candidates again: this pass shows what picking them costs
                    candidates.best(text, settings.embeddedSentences());
                    long t9 = cpu.getCurrentThreadCpuTime();
                    summarizer.summarize(text);
                    long t10 = cpu.getCurrentThreadCpuTime();
                    long[] ts = {t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10};
                    for (int i = 0; i < label.length; i++) spent[i] += ts[i + 1] - ts[i];
                }
                long total = 0;
                for (long x : spent) total += x;
                StringBuilder sb = new StringBuilder(String.format("round %d: %d articles, %.1f sentences each, %.2f ms an article (%.0f/s):",
                        r + 1, articles.size(), (double) sentences / articles.size(), total / 1e6 / articles.size(),
                        articles.size() / (total / 1e9)));
                for (int i = 0; i < label.length; i++) sb.append(String.format(" %s %.2f", label[i], spent[i] / 1e6 / articles.size()));
                System.out.println(sb);
            }
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
