package org.newsdesk.understand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.Translation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates an article into a reader's language with the AI service, paragraph by paragraph. Without a service, or
 * when it fails, the original shows with a notice; an article already in the reader's language is returned as it
 * is, without a request. Thread-safe.
 */
public final class Translator {

    private static final Logger log = LoggerFactory.getLogger(Translator.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MOST_CHARS = 8000;

    private final @Nullable LlmClient llm;
    private final LanguageIdentifier languages = new LanguageIdentifier();

    /** @param llm the AI service, or null when none is configured */
    public Translator(@Nullable LlmClient llm) {
        this.llm = llm;
    }

    /** The article in {@code language} (an ISO 639-1 code such as "en"). */
    public Translation translate(ArticleContent article, String language) {
        String target = languages.normalise(language);
        if (target.equals(LanguageIdentifier.UNDETERMINED)) throw new IllegalArgumentException("unknown language code: " + language);
        String source = languages.identify(article.title() + "\n" + article.bodyText(), article.language());
        List<String> paragraphs = paragraphs(article);
        if (source.equals(target)) return new Translation(source, article.title(), paragraphs, false, null);
        try {
            if (llm == null) throw LlmAnswers.notConfigured();
            Request request = request(article.title(), paragraphs);
            String answer = llm.complete(List.of(
                    ChatMessage.system("You translate news articles into " + LlmAnswers.languageName(target) + ". Keep the "
                            + "meaning, names and numbers; add nothing and leave nothing out. Answer with a JSON object "
                            + "and nothing else: {\"title\": \"…\", \"paragraphs\": [\"…\"]}, one entry per paragraph given."),
                    ChatMessage.user(request.json())), Math.min(4000, request.json().length() / 2 + 200)).text();
            Translation t = read(answer, target, request.paragraphs());
            return request.paragraphs() < paragraphs.size() ? new Translation(t.language(), t.title(), t.paragraphs(), true,
                    "The article is long: this translation covers its first part.") : t;
        } catch (LlmException e) {
            if (e.reason() != LlmException.Reason.NOT_CONFIGURED) log.warn("translation: original shown reason={} ({})", e.reason(), e.getMessage());
            String instead = "showing the original in " + LlmAnswers.languageName(source);
            return new Translation(source, article.title(), paragraphs, false, LlmAnswers.notice(e, instead));
        }
    }

    private static List<String> paragraphs(ArticleContent article) {
        List<String> out = new ArrayList<>();
        for (String line : article.bodyText().split("\n")) if (!line.isBlank()) out.add(line.strip());
        return out;
    }

    /** The JSON sent, and how many paragraphs it holds. */
    private record Request(String json, int paragraphs) {
    }

    /** The title and as many whole paragraphs as fit, as the JSON the answer should mirror. */
    private static Request request(String title, List<String> paragraphs) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", title);
        var list = root.putArray("paragraphs");
        int chars = title.length();
        for (String p : paragraphs) {
            if (chars + p.length() > MOST_CHARS && !list.isEmpty()) break;
            list.add(p);
            chars += p.length();
        }
        return new Request(root.toString(), list.size());
    }

    private static Translation read(String answer, String target, int given) {
        JsonNode json = LlmAnswers.object(answer);
        String title = LlmAnswers.text(json, "title", 1000);
        JsonNode list = json.get("paragraphs");
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > 2 * given + 1) throw LlmAnswers.bad("lacks the paragraphs");
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode p : list) {
            if (!p.isTextual()) throw LlmAnswers.bad("has a paragraph that is not text");
            if (!p.asText().isBlank()) paragraphs.add(p.asText().strip());
        }
        if (paragraphs.isEmpty()) throw LlmAnswers.bad("lacks the paragraphs");
        return new Translation(target, title, paragraphs, true, null);
    }
}
