package org.newsdesk.understand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.domain.ArticleContent;

/** The gold set under src/test/resources/understand/gold: articles and what a reader finds in them. */
record GoldSet(Map<String, ArticleContent> articles, Map<String, Expected> expected) {

    static final Path FOLDER = Path.of("src/test/resources/understand/gold");

    /** One expected quotation. */
    record GoldQuote(String speaker, String text) {
    }

    /** What one article holds. */
    record Expected(List<GoldQuote> quotes, List<String> people, List<String> places, List<String> boilerplate) {
    }

    static GoldSet load() {
        return load(FOLDER);
    }

    /** A folder of pages with its {@code gold.json}. */
    static GoldSet load(Path folder) {
        Map<String, ArticleContent> articles = Articles.extractedFrom(folder);
        try {
            return new GoldSet(articles, expected(new ObjectMapper().readTree(folder.resolve("gold.json").toFile())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Expected> expected(JsonNode root) {
        Map<String, Expected> out = new LinkedHashMap<>();
        root.properties().forEach(e -> {
            JsonNode n = e.getValue();
            List<GoldQuote> quotes = new ArrayList<>();
            n.get("quotes").forEach(q -> quotes.add(new GoldQuote(q.get("speaker").asText(), q.get("text").asText())));
            out.put(e.getKey(), new Expected(quotes, strings(n.get("people")), strings(n.get("places")),
                    strings(n.get("boilerplate"))));
        });
        return out;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
