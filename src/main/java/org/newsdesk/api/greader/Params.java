package org.newsdesk.api.greader;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request's parameters from the query and, for form posts, the body: apps send them either way. Read the body
 * only for forms, never for an OPML upload.
 */
final class Params {
    private final Context ctx;
    private final boolean form;

    private Params(Context ctx) {
        this.ctx = ctx;
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        this.form = type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    static Params of(Context ctx) {
        return new Params(ctx);
    }

    @Nullable String first(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? null : values.getFirst();
    }

    String first(String name, String fallback) {
        String value = first(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    List<String> all(String name) {
        List<String> values = new ArrayList<>(ctx.queryParams(name));
        if (form) values.addAll(ctx.formParams(name));
        return values;
    }

    /** A whole number parameter, or the fallback when absent or not a number. */
    long number(String name, long fallback) {
        String value = first(name);
        if (value == null) return fallback;
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
