package org.newsdesk.ingest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.newsdesk.domain.Answer;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.Brief;
import org.newsdesk.domain.Translation;
import org.newsdesk.understand.StoryBrief;
import org.newsdesk.understand.StoryQa;
import org.newsdesk.understand.Translator;

/**
 * The AI features readers use on story and article pages: the "What happened / Why it matters" brief, answers to
 * questions about a story with citations to its articles, and translation. Each works with an LLM when one is
 * configured and falls back to a local version with a notice when it is absent or failing. Briefs are kept until
 * the story grows. Thread-safe.
 */
public final class StoryAssistant {

    private static final int MAX_CACHED = 1_000;

    private record Cached(int articles, Brief brief) {}

    private final Supplier<StoryBrief> briefs;
    private final Supplier<StoryQa> answers;
    private final Supplier<Translator> translator;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** The services are made on first use: the local versions need the embedding model. */
    public StoryAssistant(Supplier<StoryBrief> briefs, Supplier<StoryQa> answers, Supplier<Translator> translator) {
        this.briefs = briefs;
        this.answers = answers;
        this.translator = translator;
    }

    public Brief brief(String storyKey, List<Article> articles) {
        Cached cached = cache.get(storyKey);
        if (cached != null && cached.articles() == articles.size()) return cached.brief();
        Brief brief = briefs.get().brief(contents(articles));
        if (cache.size() >= MAX_CACHED) cache.clear();
        // A fallback is not kept: the service may be back for the next reader.
        if (brief.generated()) cache.put(storyKey, new Cached(articles.size(), brief));
        return brief;
    }

    /** An answer citing the articles as [n], numbered in the order given. */
    public Answer ask(List<Article> articles, String question) {
        if (question.isBlank()) throw new IllegalArgumentException("ask a question about the story");
        if (question.length() > 500) throw new IllegalArgumentException("keep the question under 500 characters");
        return answers.get().ask(contents(articles), question.strip());
    }

    public Translation translate(Article article, String language) {
        if (!language.matches("[a-z]{2}")) throw new IllegalArgumentException("the language must be a two-letter code such as \"fr\"");
        return translator.get().translate(article.content(), language);
    }

    private static List<org.newsdesk.domain.ArticleContent> contents(List<Article> articles) {
        return articles.stream().map(Article::content).toList();
    }
}
