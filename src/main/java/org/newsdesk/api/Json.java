package org.newsdesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Writes API answers: JSON, with an ETag so clients can ask again cheaply and get 304. Thread-safe. */
final class Json {

    private final ObjectMapper mapper;

    Json(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Answers with the value as JSON, or 304 when the client already has exactly this answer. */
    void send(Context ctx, Object value) {
        byte[] body = bytes(value);
        String etag = "\"" + hash(body) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        String known = ctx.header("If-None-Match");
        if (known != null && (known.equals(etag) || known.equals("W/" + etag))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType("application/json").result(body);
    }

    void send(Context ctx, HttpStatus status, Object value) {
        ctx.status(status).contentType("application/json").result(bytes(value));
    }

    <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw new IllegalArgumentException("send the request body as JSON (Content-Type: application/json)");
        }
        try {
            return mapper.readValue(ctx.bodyAsBytes(), type);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the request body is not the JSON expected: " + e.getMessage());
        }
    }

    private byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
