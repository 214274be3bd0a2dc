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
