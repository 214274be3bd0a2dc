package org.newsdesk.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;

/** Renders the precompiled jte templates into responses. Thread-safe. */
public final class Templates {

    private static final String HTML = "text/html; charset=utf-8";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    void render(Context ctx, String template, Object model) {
        ctx.contentType(HTML).result(bytes(template, model));
    }

    /** The page in UTF-8. */
    byte[] bytes(String template, Object model) {
        // Straight to UTF-8 bytes: a page rendered to a String and encoded afterwards is copied twice more.
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, model, out);
        return out.toByteArray();
    }
}
