package org.newsdesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsdesk.ingest.IngestStatus;
import org.newsdesk.ingest.SourceService;

/** Every route of the JSON API, one handler method each. Thread-safe. */
public final class ApiRoutes {

    private final SourceService sources;
    private final ObjectMapper json;

    public ApiRoutes(SourceService sources, ObjectMapper json) {
        this.sources = sources;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/status", this::status);
    }

    /** An error as the API answers it: JSON with a message and a fitting status. */
    public void error(int status, String message, Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        try {
            ctx.status(status).contentType("application/json").result(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            ctx.status(status).result(message);
        }
    }

    void status(Context ctx) throws JsonProcessingException {
        IngestStatus status = sources.status();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sources", status.sources());
        body.put("articles", status.articles());
        body.put("failingSources", status.failingSources());
        body.put("queued", status.queued());
        ctx.contentType("application/json").result(json.writeValueAsString(body));
    }
}
