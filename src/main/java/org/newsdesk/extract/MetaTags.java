package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** The page's {@code <meta>} values by lower-cased name, property or itemprop. Not thread-safe; one per page. */
final class MetaTags {

    private final Map<String, List<String>> values = new HashMap<>();

    MetaTags(List<Element> metas) {
        for (Element meta : metas) {
            String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("value");
            if (content.isBlank()) continue;
            for (String key : new String[] {meta.attr("name"), meta.attr("property"), meta.attr("itemprop")}) {
                if (key.isBlank()) continue;
                for (String k : key.strip().split(" ")) {
                    values.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(content.strip());
                }
            }
        }
    }

    /** The first non-blank value among the keys, in the order given. */
    @Nullable String first(String... keys) {
        for (String key : keys) {
            List<String> v = values.get(key);
            if (v != null) {
                for (String s : v) {
                    String n = Text.orNull(s);
                    if (n != null) return n;
                }
            }
        }
        return null;
    }

    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
