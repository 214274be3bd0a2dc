package org.newsdesk.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.http.Context;

/** Renders the precompiled jte templates into responses. Thread-safe. */
public final class Templates {

    private static final String HTML = "text/html; charset=utf-8";
    /** Room for most pages (an article page is about 10 kB) without growing. */
    private static final int PAGE_BYTES = 16 * 1024;

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    void render(Context ctx, String template, Object model) {
        ctx.contentType(HTML).result(bytes(template, model));
    }

    /** The page in UTF-8. */
    byte[] bytes(String template, Object model) {
        // Straight to UTF-8 bytes: a page rendered to a String and encoded afterwards is copied twice more.
        PageOutput out = new PageOutput(PAGE_BYTES);
        engine.render(template, model, out);
        return out.toByteArray();
    }
}
