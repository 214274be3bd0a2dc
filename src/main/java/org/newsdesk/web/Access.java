package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Reader;
import org.newsdesk.readers.Accounts;
import org.newsdesk.readers.Authenticated;
import org.newsdesk.readers.CsrfTokens;
import org.newsdesk.readers.SignedIn;

/**
 * Who may open what, checked before every request: finds the reader a session cookie names, sends signed-out
 * visitors to the sign-in page when reading needs an account, and keeps admin pages and source changes to admins.
 * Without any account Newsdesk stays open as it was, except for account pages, which lead to the first-run page.
 * The sync APIs and feeds out are left alone: they have their own sign-in. Thread-safe.
 */
final class Access {

    private static final String ATTRIBUTE = "newsdesk.reader";
    /** Paths with their own sign-in, or none needed: assets, the app shell, the sync APIs, feeds out. */
    private static final List<String> OWN_AUTH = List.of("/static/", "/webjars/", "/api/greader", "/api/fever",
            "/feeds", "/icons/", "/manifest.webmanifest", "/sw.js", "/offline", "/api/openapi.json");
    /** Pages anyone opens: signing in, first run, accepting an invitation. */
    private static final List<String> OPEN = List.of("/signin", "/setup", "/invite/", "/me/menu", "/me/front-bar",
            "/me/nav-link");

    private final Accounts accounts;
    private final CsrfTokens csrf;
    private final Clock clock;

    Access(Accounts accounts, CsrfTokens csrf, Clock clock) {
        this.accounts = accounts;
        this.csrf = csrf;
        this.clock = clock;
    }

    /** The before-handler: runs for every request. */
    void check(Context ctx) {
        String path = ctx.path();
        if (startsWithAny(path, OWN_AUTH)) return;
        accounts.authenticate(ctx.cookie(Accounts.SESSION_COOKIE)).ifPresent(a -> ctx.attribute(ATTRIBUTE, a));
        if (startsWithAny(path, OPEN)) return;
        if (path.startsWith("/api/")) {
            checkApi(ctx);
            return;
        }
        boolean accountsExist = accounts.hasAccounts();
        if (path.startsWith("/admin") || path.startsWith("/account") || path.equals("/starred") || path.equals("/unread")
                || ownedByReaders(path)) {
            if (!accountsExist) redirect(ctx, "/setup");
            else if (signedIn(ctx) == null) toSignIn(ctx);
            else if (path.startsWith("/admin")) requireAdmin(ctx);
            return;
        }
        if (!accountsExist) return;
        if (managesSources(ctx)) {
            if (signedIn(ctx) == null) toSignIn(ctx);
            else requireAdmin(ctx);
            return;
        }
        if (signedIn(ctx) == null && !accounts.publicMode()) toSignIn(ctx);
    }

    /** The JSON API: reads follow the reading rule; changes need an admin's session and its CSRF header. */
    private void checkApi(Context ctx) {
        if (!accounts.hasAccounts()) return;
        Authenticated who = signedIn(ctx);
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
            if (who == null && !accounts.publicMode()) throw new UnauthorizedResponse("Sign in to use this API.");
            return;
        }
        if (who == null) throw new UnauthorizedResponse("Sign in as an admin to change sources.");
        if (!who.reader().isAdmin()) throw new ForbiddenResponse("Only an admin changes sources.");
        if (!csrf.matches(who.session(), ctx.header(CsrfTokens.HEADER))) {
            throw new ForbiddenResponse("Send the session's " + CsrfTokens.HEADER + " header with changes.");
        }
    }

    /** A reader's own subscriptions and saved searches: signed-in readers only, admins or not. */
    private static boolean ownedByReaders(String path) {
        return path.equals("/subscriptions") || path.startsWith("/subscriptions/") || path.startsWith("/saved-searches");
    }

    /** The Sources page and its actions (the source listing /sources/{id} is a reading page). */
    private static boolean managesSources(Context ctx) {
        String path = ctx.path();
        if (!path.startsWith("/sources")) return false;
        if (ctx.method() != HandlerType.GET) return true;
        return path.equals("/sources") || path.equals("/sources/") || path.equals("/sources/export.opml");
    }

    private static void requireAdmin(Context ctx) {
        Authenticated who = signedIn(ctx);
        if (who == null || !who.reader().isAdmin()) throw new ForbiddenResponse("Only an admin may open this page.");
    }

    private static void toSignIn(Context ctx) {
        if (ctx.method() != HandlerType.GET) throw new ForbiddenResponse("Sign in first.");
        String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        redirect(ctx, "/signin?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    private static void redirect(Context ctx, String location) {
        ctx.redirect(location, HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    /** Sets the session cookie of a session just started: HttpOnly, SameSite=Lax, Secure over https. */
    void startSession(Context ctx, SignedIn signedIn) {
        Cookie cookie = new Cookie(Accounts.SESSION_COOKIE, signedIn.token());
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.LAX);
        cookie.setPath("/");
        cookie.setSecure("https".equals(ctx.scheme()));
        cookie.setMaxAge((int) Math.max(1, Duration.between(clock.instant(), signedIn.session().expiresAt()).toSeconds()));
        ctx.cookie(cookie);
        ctx.attribute(ATTRIBUTE, new Authenticated(signedIn.reader(), signedIn.session()));
    }

    void endSession(Context ctx) {
        Authenticated who = signedIn(ctx);
        String token = ctx.cookie(Accounts.SESSION_COOKIE);
        if (who != null && token != null) accounts.signOut(token);
        ctx.removeCookie(Accounts.SESSION_COOKIE, "/");
    }

    /** The signed-in reader and session of this request, if any. */
    static @Nullable Authenticated signedIn(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    static Optional<Reader> reader(Context ctx) {
        return Optional.ofNullable(signedIn(ctx)).map(Authenticated::reader);
    }

    /** The signed-in reader; the access rules ensure there is one on the pages that call this. */
    static Authenticated require(Context ctx) {
        Authenticated who = signedIn(ctx);
        if (who == null) throw new UnauthorizedResponse("Sign in first.");
        return who;
    }

    /** Where to go after signing in: a path on this site only, never another site. */
    static String safeNext(@Nullable String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
        return next;
    }

    private static boolean startsWithAny(String path, List<String> prefixes) {
        for (String prefix : prefixes) if (path.startsWith(prefix)) return true;
        return false;
    }
}
