package org.newsdesk.understand;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.newsdesk.domain.ArticleContent;

/** What the AI features share: how articles are put in a prompt, how JSON answers are read, how failures read. */
final class LlmAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PER_ARTICLE = 2500;
    private static final int ALL_ARTICLES = 9000;

    private LlmAnswers() {
    }

    /** The articles numbered [1]…[n], each cut to fit a prompt. */
    static String numbered(List<ArticleContent> articles) {
        StringBuilder sb = new StringBuilder();
        int each = Math.min(PER_ARTICLE, ALL_ARTICLES / Math.max(1, articles.size()));
        for (int i = 0; i < articles.size(); i++) {
            ArticleContent a = articles.get(i);
            sb.append('[').append(i + 1).append("] ").append(a.title());
            if (a.siteName() != null) sb.append(" (").append(a.siteName()).append(')');
            sb.append('\n').append(cut(a.bodyText(), each)).append("\n\n");
        }
        return sb.toString();
    }

    static String cut(String text, int chars) {
        if (text.length() <= chars) return text;
        int end = text.lastIndexOf(' ', chars);
        return text.substring(0, end > chars / 2 ? end : chars) + " …";
    }

    /** The JSON object in an answer, even when wrapped in prose or a code fence. */
    static JsonNode object(String answer) {
        int start = answer.indexOf('{');
        int end = answer.lastIndexOf('}');
        if (start < 0 || end <= start) throw bad("holds no JSON object");
        try {
            JsonNode node = JSON.readTree(answer.substring(start, end + 1));
            if (node == null || !node.isObject()) throw bad("holds no JSON object");
            return node;
        } catch (JsonProcessingException e) {
            throw bad("holds broken JSON");
        }
    }

    /** A required text field of an answer's JSON. */
    static String text(JsonNode node, String field, int most) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) throw bad("lacks \"" + field + "\"");
        if (value.asText().length() > most) throw bad("has a \"" + field + "\" far too long");
        return value.asText().strip();
    }

    static LlmException bad(String what) {
        return new LlmException(LlmException.Reason.BAD_ANSWER, "the AI service's answer " + what);
    }

    /** A notice for the reader: why the AI version is missing and what shows instead. */
    static String notice(LlmException e, String instead) {
        String why = switch (e.reason()) {
            case NOT_CONFIGURED -> "No AI service is configured";
            case UNREACHABLE -> "The AI service could not be reached";
            case TIMED_OUT -> "The AI service took too long to answer";
            case REJECTED -> "The AI service refused the request";
            case FAILED -> "The AI service is failing";
            case BAD_ANSWER -> "The AI service's answer could not be used";
            case BUDGET_EXHAUSTED -> "Today's budget for the AI service is used up";
        };
        return why + "; " + instead + ".";
    }

    static LlmException notConfigured() {
        return new LlmException(LlmException.Reason.NOT_CONFIGURED, "no AI service is configured");
    }

    /** "fr" → "French". */
    static String languageName(String code) {
        String name = Locale.of(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
