package org.newsdesk.understand;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.ArticleContent;

/** A story's articles cut into the sentences worth reading: the best few of each, never boilerplate. Thread-safe. */
final class StoryText {

    /** One sentence with the article it comes from (0-based) and that article's publication time. */
    record Line(int article, Instant published, Sentence sentence) {
    }

    private final SentenceSplitter splitter;
    private final LanguageIdentifier languages;
    private final Candidates candidates;

    StoryText(SentenceSplitter splitter, LanguageIdentifier languages, Candidates candidates) {
        this.splitter = splitter;
        this.languages = languages;
        this.candidates = candidates;
    }

    static StoryText load() {
        return new StoryText(new SentenceSplitter(EnglishModels.load().sentences(), new WordTokenizer()),
                new LanguageIdentifier(), new Candidates(new Boilerplate(), Lexicon.builtIn()));
    }

    /** The best {@code perArticle} sentences of each of the first {@code mostArticles} articles. */
    List<Line> lines(List<ArticleContent> articles, int perArticle, int mostArticles) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(articles.size(), mostArticles); i++) {
            ArticleContent a = articles.get(i);
            String language = languages.identify(a.title() + "\n" + a.bodyText(), a.language());
            ArticleText text = ArticleText.of(a, language.equals("en"), splitter);
            Instant published = a.published() == null ? Instant.EPOCH : a.published();
            for (Sentence s : candidates.best(text, perArticle)) lines.add(new Line(i, published, s));
        }
        return lines;
    }

    String language(ArticleContent a) {
        return languages.identify(a.title() + "\n" + a.bodyText(), a.language());
    }
}
