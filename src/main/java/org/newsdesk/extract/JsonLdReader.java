package org.newsdesk.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Reads schema.org JSON-LD blocks: the article object and the breadcrumb list. Thread-safe. */
final class JsonLdReader {

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "livebloposting", "liveblogposting",
            "techarticle", "scholarlyarticle", "socialmediaposting", "report", "posting", "claimreview");

    /** What the page's JSON-LD says about its article; all parts may be missing. */
    record Facts(@Nullable String headline, List<String> authors, @Nullable String published,
            @Nullable String modified, @Nullable String publisher, @Nullable String image,
            @Nullable String imageCaption, @Nullable String imageCredit, List<String> keywords,
            @Nullable String articleBody, @Nullable String description, @Nullable String language,
            List<String> breadcrumbs, @Nullable String url) {

        static final Facts NONE = new Facts(null, List.of(), null, null, null, null, null, null, List.of(), null,
                null, null, List.of(), null);
    }

    /** The fields {@link #facts}, {@link #breadcrumbs} and the object search read; the rest is skipped. */
    private static final Set<String> FIELDS = Set.of(
            "@type", "@graph", "mainEntity", "headline", "author", "datePublished", "dateModified", "publisher",
            "image", "keywords", "articleBody", "description", "inLanguage", "mainEntityOfPage", "url", "@id",
            "itemListElement", "name", "item", "caption", "creditText", "copyrightHolder", "contentUrl");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    Facts read(List<Element> scripts) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : scripts) {
            String data = dataOf(script);
            if (!mayDescribeArticle(data)) continue; // most blocks describe the site or organisation only
            JsonNode root = parse(data);
            if (root != null) flatten(root, objects, 0);
        }
        if (objects.isEmpty()) return Facts.NONE;
        JsonNode article = pickArticle(objects);
        List<String> crumbs = breadcrumbs(objects);
        if (article == null) return crumbs.isEmpty() ? Facts.NONE : withCrumbs(crumbs);
        return facts(article, crumbs);
    }

    /** The script's code: its one data node's text as it is, without {@code data()}'s copy. */
    private static String dataOf(Element script) {
        return script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode d ? d.getWholeData()
                : script.data();
    }

    private static boolean mayDescribeArticle(String json) {
        return json.contains("rticle") || json.contains("Posting") || json.contains("readcrumb")
                || json.contains("WebPage") || json.contains("CreativeWork") || json.contains("Report")
                || json.contains("@graph") || json.contains("headline") || json.contains("ClaimReview");
    }

    private @Nullable JsonNode parse(String json) {
        String s = json.strip();
        if (s.startsWith("<!--")) s = s.substring(4);
        if (s.endsWith("-->")) s = s.substring(0, s.length() - 3);
        try (JsonParser p = mapper.createParser(s)) {
            JsonToken first = p.nextToken();
            return first == null ? null : node(p, first);
        } catch (IOException e) {
            return null; // a broken block is common and says nothing useful
        }
    }

    /**
     * The value at the parser, as a tree that keeps only the fields read here: the others are skipped without
     * decoding their strings or building their nodes. Malformed JSON throws as a whole tree read would.
     */
    private static JsonNode node(JsonParser p, JsonToken token) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode o = nodes.objectNode();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    JsonToken value = p.nextToken();
                    if (FIELDS.contains(name)) o.set(name, node(p, value));
                    else p.skipChildren();
                }
                yield o;
            }
            case START_ARRAY -> {
                ArrayNode a = nodes.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) a.add(node(p, t));
                yield a;
            }
            case VALUE_STRING -> nodes.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> nodes.numberNode(p.getIntValue());
                case LONG -> nodes.numberNode(p.getLongValue());
                default -> nodes.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            default -> nodes.nullNode();
        };
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (depth > 4) return;
        if (node.isArray()) {
            for (JsonNode n : node) flatten(n, out, depth + 1);
        } else if (node.isObject()) {
            out.add(node);
            if (node.has("@graph")) flatten(node.get("@graph"), out, depth + 1);
            if (node.has("mainEntity")) flatten(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static @Nullable JsonNode pickArticle(List<JsonNode> objects) {
        JsonNode webPage = null;
        for (JsonNode o : objects) {
            for (String type : types(o)) {
                if (type.endsWith("webpage") || type.equals("creativework")) {
                    // a page (MedicalWebPage, a Yoast graph's WebPage) stands for the article when none does
                    if (webPage == null && (o.has("headline") || o.has("datePublished"))) webPage = o;
                } else if (ARTICLE_TYPES.contains(type) || type.endsWith("article")) {
                    return o;
                }
            }
        }
        return webPage;
    }

    private static List<String> types(JsonNode o) {
        JsonNode t = o.get("@type");
        List<String> out = new ArrayList<>();
        if (t == null) return out;
        if (t.isArray()) t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
        else out.add(t.asText().toLowerCase(Locale.ROOT));
        return out;
    }

    private static Facts facts(JsonNode a, List<String> crumbs) {
        JsonNode image = first(a.get("image"));
        String imageUrl = image == null ? null : image.isTextual() ? image.asText() : text(image, "url");
        if (imageUrl == null && image != null) imageUrl = text(image, "contentUrl");
        return new Facts(text(a, "headline"), names(a.get("author")), text(a, "datePublished"),
                text(a, "dateModified"), name(a.get("publisher")), imageUrl,
                image == null ? null : text(image, "caption"),
                image == null ? null : firstName(image.get("creditText"), image.get("copyrightHolder"),
                        image.get("author")),
                keywords(a.get("keywords")), lines(a, "articleBody"), text(a, "description"),
                text(a, "inLanguage"), crumbs, mainEntityUrl(a));
    }

    private static Facts withCrumbs(List<String> crumbs) {
        return new Facts(null, List.of(), null, null, null, null, null, null, List.of(), null, null, null, crumbs,
                null);
    }

    private static @Nullable String mainEntityUrl(JsonNode a) {
        JsonNode m = a.get("mainEntityOfPage");
        if (m != null && m.isTextual()) return m.asText();
        if (m != null && m.isObject()) return text(m, "@id");
        return text(a, "url");
    }

    private static List<String> breadcrumbs(List<JsonNode> objects) {
        List<String> out = new ArrayList<>();
        for (JsonNode o : objects) {
            if (!types(o).contains("breadcrumblist")) continue;
            JsonNode items = o.get("itemListElement");
            if (items == null || !items.isArray()) continue;
            for (JsonNode item : items) {
                String n = text(item, "name");
                if (n == null && item.get("item") != null) n = name(item.get("item"));
                if (n != null) out.add(n);
            }
        }
        return out;
    }

    private static List<String> names(@Nullable JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) return out;
        if (node.isArray()) {
            for (JsonNode n : node) {
                String s = name(n);
                if (s != null) out.add(s);
            }
        } else {
            String s = name(node);
            if (s != null) out.add(s);
        }
        return out;
    }

    private static @Nullable String firstName(@Nullable JsonNode... nodes) {
        for (JsonNode n : nodes) {
            String s = name(first(n));
            if (s != null) return s;
        }
        return null;
    }

    private static @Nullable String name(@Nullable JsonNode node) {
        if (node == null) return null;
        if (node.isTextual()) return Text.orNull(node.asText());
        if (node.isObject()) return text(node, "name");
        return null;
    }

    private static @Nullable JsonNode first(@Nullable JsonNode node) {
        if (node != null && node.isArray()) return node.isEmpty() ? null : node.get(0);
        return node;
    }

    private static List<String> keywords(@Nullable JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) return out;
        if (node.isArray()) {
            node.forEach(k -> {
                String s = Text.orNull(k.asText());
                if (s != null) out.add(s);
            });
        } else if (node.isTextual()) {
            for (String k : node.asText().split(",")) {
                String s = Text.orNull(k);
                if (s != null) out.add(s);
            }
        }
        return out;
    }

    /** A long text field with its line breaks kept, each line normalized. */
    private static @Nullable String lines(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) return null;
        String raw = v.asText();
        if (raw.indexOf('<') >= 0 && raw.indexOf('>') > 0) raw = org.jsoup.Jsoup.parse(raw).wholeText();
        String text = Text.collapse(raw);
        return text.isEmpty() ? null : text;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null) return null;
        if (v.isArray()) v = v.isEmpty() ? null : v.get(0);
        if (v == null || v.isContainerNode()) return null;
        return Text.orNull(v.asText());
    }
}
