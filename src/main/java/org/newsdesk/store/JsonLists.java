package org.newsdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.RelatedLink;
import org.newsdesk.store.StoreException.Reason;

/**
 * Lists kept as JSON text, which both backends store and return unchanged. The JSON is built field by field, so
 * renaming a record component cannot silently change what is on disk. Thread-safe.
 */
final class JsonLists {
    private final ObjectMapper mapper = new ObjectMapper();

    String strings(List<String> values) {
        ArrayNode array = mapper.createArrayNode();
        values.forEach(value -> array.add(Columns.text(value)));
        return array.toString();
    }

    List<String> strings(String json, String what) {
        List<String> plain = plainStrings(json);
        if (plain != null) return plain;
        List<String> values = new ArrayList<>();
        for (JsonNode node : array(json, what)) {
            if (!node.isTextual()) throw corrupt(what, json, null);
            values.add(node.textValue());
        }
        return values;
    }

    String links(List<RelatedLink> links) {
        ArrayNode array = mapper.createArrayNode();
        for (RelatedLink link : links) {
            array.addObject().put("title", Columns.text(link.title())).put("url", Columns.text(link.url()));
        }
        return array.toString();
    }

    List<RelatedLink> links(String json, String what) {
        if (json.equals("[]")) return new ArrayList<>();
        List<RelatedLink> links = new ArrayList<>();
        for (JsonNode node : array(json, what)) {
            JsonNode title = node.get("title");
            JsonNode url = node.get("url");
            if (title == null || !title.isTextual() || url == null || !url.isTextual()) {
                throw corrupt(what, json, null);
            }
            links.add(new RelatedLink(title.textValue(), url.textValue()));
        }
        return links;
    }

    /**
     * The strings of a list as {@link #strings(List)} writes it when none needs escaping ({@code ["a","b"]}): read
     * without a parser, which took more time than reading the row on an article page (four lists an article).
     * Null for anything else, which the parser reads.
     */
    static @org.jspecify.annotations.Nullable List<String> plainStrings(String json) {
        if (json.equals("[]")) return new ArrayList<>();
        int end = json.length() - 2;
        if (end < 2 || !json.startsWith("[\"") || !json.endsWith("\"]") || json.indexOf('\\') >= 0) return null;
        List<String> values = new ArrayList<>();
        int from = 2;
        while (true) {
            int quote = json.indexOf('"', from);
            String value = json.substring(from, quote);
            if (hasControl(value)) return null;
            values.add(value);
            if (quote == end) return values;
            // Between two strings, nothing but a comma: else this is not a list as written above.
            if (!json.startsWith("\",\"", quote)) return null;
            from = quote + 3;
        }
    }

    /** Control characters are escaped when written: one unescaped is not JSON, for the parser to refuse. */
    private static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < 0x20) return true;
        }
        return false;
    }

    private JsonNode array(String json, String what) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node == null || !node.isArray()) throw corrupt(what, json, null);
            return node;
        } catch (JsonProcessingException e) {
            throw corrupt(what, json, e);
        }
    }

    private static StoreException corrupt(String what, String json, @org.jspecify.annotations.Nullable Exception e) {
        String shown = json.length() > 80 ? json.substring(0, 80) + "…" : json;
        String message = what + " is not a JSON list as Newsdesk writes it: " + shown;
        return e == null ? new StoreException(Reason.CORRUPT, message) : new StoreException(Reason.CORRUPT, message, e);
    }
}
