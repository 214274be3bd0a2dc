package org.newsdesk.api.fever;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Fever's parameters, from the query, a URL-encoded body or a multipart body: apps use all three. Flags such as
 * {@code ?api&items} have no value; they count as present.
 */
final class FeverParams {
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> form;

    private FeverParams(Map<String, List<String>> query, Map<String, List<String>> form) {
        this.query = query;
        this.form = form;
    }

    static FeverParams of(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        boolean isForm = type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
        return new FeverParams(ctx.queryParamMap(), isForm ? ctx.formParamMap() : Map.of());
    }

    boolean has(String name) {
        return query.containsKey(name) || form.containsKey(name);
    }

    @Nullable String get(String name) {
        List<String> values = form.getOrDefault(name, query.get(name));
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** A whole number, or null when absent or not a number. */
    @Nullable Long number(String name) {
        String value = get(name);
        if (value == null || value.isBlank()) return null;
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
