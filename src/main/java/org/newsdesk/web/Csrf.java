package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Cross-site request forgery protection for the web forms: a random token in a SameSite=Strict, HttpOnly cookie
 * that every form must repeat in a hidden field (double submit). Thread-safe.
 */
public final class Csrf {

    static final String COOKIE = "nd_csrf";
    static final String FIELD = "csrf";

    private final SecureRandom random = new SecureRandom();

    /** The browser's token, given a new one when it has none. */
    String token(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token != null && token.length() == 32) return token;
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        token = HexFormat.of().formatHex(bytes);
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setPath("/");
        cookie.setSecure("https".equals(ctx.scheme()));
        ctx.cookie(cookie);
        return token;
    }

    /** Refuses a form post whose token is missing or differs from the cookie's. */
    void check(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        String field = ctx.formParam(FIELD);
        if (cookie == null || field == null || !MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("This form has expired or did not come from Newsdesk: reload the page and try again.");
        }
    }
}
