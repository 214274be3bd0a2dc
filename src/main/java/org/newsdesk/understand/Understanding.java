package org.newsdesk.understand;

import java.util.List;
import java.util.Objects;
import org.newsdesk.domain.Annotations;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.Quote;

/**
 * The understanding stage: turns an article into its annotations (language, entities, hashtags, categories,
 * quotes, summary, embedding). Pure given its models, which are loaded once here from jars on the class path;
 * nothing is downloaded. Thread-safe: one instance serves every thread.
 */
public final class Understanding {

    /**
     * How much of an article is embedded and summarised. The defaults (6 sentences, their first 11 word pieces,
     * counting the model's two markers) keep the stage over 100 articles a second on one core: the model's cost grows
     * with every word piece. On the extraction benchmark pages they pick 67% of the sentences that embedding every
     * sentence whole picks (68% with 12 word pieces, 71% with 32 at half the speed).
     *
     * @param embeddedSentences the most sentences of an article embedded for its summary and embedding
     * @param tokensPerSentence the word pieces of each sentence the embedding reads
     * @param summarySentences  the sentences of a summary
     */
    public record Settings(int embeddedSentences, int tokensPerSentence, int summarySentences) {
        public static final Settings DEFAULTS = new Settings(6, 11, 3);

        public Settings {
            if (embeddedSentences < 1) throw new IllegalArgumentException("embeddedSentences must be at least 1");
            if (tokensPerSentence < 6 || tokensPerSentence > SentenceEmbedder.MAX_TOKENS) {
                throw new IllegalArgumentException("tokensPerSentence must be between 6 and " + SentenceEmbedder.MAX_TOKENS);
            }
            if (summarySentences < 1) throw new IllegalArgumentException("summarySentences must be at least 1");
        }
    }

    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final SentenceSplitter splitter;
    private final NameFinder names;
    private final EntityResolver resolver;
    private final QuoteFinder quotes;
    private final KeyPhrases keyPhrases;
    private final TagRanker tags = new TagRanker();
    private final Categorizer categorizer;
    private final ArticleSummarizer summarizer;

    public Understanding(SentenceEmbedder embedder) {
        this(embedder, Settings.DEFAULTS);
    }

    public Understanding(SentenceEmbedder embedder, Settings settings) {
        Objects.requireNonNull(embedder, "embedder");
        Objects.requireNonNull(settings, "settings");
        Lexicon lexicon = Lexicon.builtIn();
        Gazetteer gazetteer = Gazetteer.builtIn();
        EnglishModels english = EnglishModels.load();
        this.splitter = new SentenceSplitter(english.sentences(), tokenizer);
        this.names = new NameFinder(lexicon, gazetteer);
        this.resolver = new EntityResolver(gazetteer);
        this.quotes = new QuoteFinder(lexicon, new ClauseVerbs(english.partsOfSpeech()));
        this.keyPhrases = new KeyPhrases(english.partsOfSpeech(), lexicon);
        this.categorizer = new Categorizer(gazetteer);
        this.summarizer = new ArticleSummarizer(embedder, new Candidates(new Boilerplate(), lexicon), settings);
    }

    private static java.util.Set<String> lowerCaseWords(ArticleText text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) if (t.isWord() && Character.isLowerCase(t.text().charAt(0))) words.add(Names.fold(t.text()));
        }
        return words;
    }

    public Annotations understand(ArticleContent article) {
        Objects.requireNonNull(article, "article");
        String language = languages.identify(article.title() + "\n" + article.bodyText(), article.language());
        ArticleText text = ArticleText.of(article, language.equals("en"), splitter);
        EntityIndex entities = resolver.resolve(names.find(text, language), lowerCaseWords(text));
        List<Quote> said = quotes.find(text, entities);
        List<KeyPhrases.Phrase> phrases = keyPhrases.find(text, tokenizer.tokenize(text.title()), language);
        String lead = text.paragraphs().isEmpty() ? "" : text.paragraphs().getFirst();
        List<String> hashtags = tags.rank(entities, phrases, text.title(), lead);
        List<String> categories = categorizer.categorize(text, entities);
        ArticleSummarizer.Result summary = summarizer.summarize(text);
        return new Annotations(language, entities.entities(), hashtags, categories, said, summary.summary(),
                summary.embedding());
    }
}
