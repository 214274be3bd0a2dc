package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.AppPassword;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Session;
import org.newsdesk.readers.Authenticated;
import org.newsdesk.readers.NewAppPassword;
import org.newsdesk.readers.ReaderException;
import org.newsdesk.readers.SignedIn;

/** First run, sign in and out, accepting an invitation, and the reader's account page. Thread-safe. */
final class AccountPages {

    private final Membership members;
    private final Access access;
    private final Csrf csrf;
    private final Templates templates;
    private final Clock clock;

    AccountPages(Membership members, Access access, Csrf csrf, Templates templates, Clock clock) {
        this.members = members;
        this.access = access;
        this.csrf = csrf;
        this.templates = templates;
        this.clock = clock;
    }

    void setupPage(Context ctx) {
        if (members.accounts().hasAccounts()) {
            ctx.redirect("/signin", HttpStatus.SEE_OTHER);
            return;
        }
        form(ctx, setupForm(ctx, "", null));
    }

    void setup(Context ctx) {
        csrf.check(ctx);
        String name = field(ctx, "name");
        try {
            requireSame(ctx);
            Reader admin = members.accounts().createFirstAdmin(name, field(ctx, "password"));
            members.subscriptions().subscribeToAll(admin);
            signInAndGo(ctx, name, "/admin/readers?welcome=1");
        } catch (ReaderException e) {
            ctx.status(ReaderErrors.status(e));
            form(ctx, setupForm(ctx, name, ReaderErrors.message(e)));
        }
    }

    void signInPage(Context ctx) {
        if (!members.accounts().hasAccounts()) {
            ctx.redirect("/setup", HttpStatus.SEE_OTHER);
            return;
        }
        String notice = ctx.queryParam("signedout") != null ? "You are signed out." : null;
        form(ctx, signInForm(ctx, "", null, notice));
    }

    void signIn(Context ctx) {
        csrf.check(ctx);
        String name = field(ctx, "name");
        try {
            signInAndGo(ctx, name, Access.safeNext(ctx.formParam("next")));
        } catch (ReaderException e) {
            ctx.status(ReaderErrors.status(e));
            form(ctx, signInForm(ctx, name, ReaderErrors.message(e), null));
        }
    }

    void signOut(Context ctx) {
        csrf.check(ctx);
        access.endSession(ctx);
        ctx.redirect("/signin?signedout=1", HttpStatus.SEE_OTHER);
    }

    void invitePage(Context ctx) {
        String token = ctx.pathParam("token");
        if (members.invitations().findOpen(token).isEmpty()) {
            throw new NotFoundResponse("This invitation is unknown, used or expired: ask an admin for another.");
        }
        form(ctx, inviteForm(ctx, token, "", null));
    }

    void acceptInvite(Context ctx) {
        csrf.check(ctx);
        String token = ctx.pathParam("token");
        String name = field(ctx, "name");
        try {
            requireSame(ctx);
            Reader reader = members.invitations().accept(token, name, field(ctx, "password"));
            members.subscriptions().subscribeToAll(reader);
            access.endSession(ctx);
            signInAndGo(ctx, name, "/?welcome=1");
        } catch (ReaderException e) {
            ctx.status(ReaderErrors.status(e));
            form(ctx, inviteForm(ctx, token, name, ReaderErrors.message(e)));
        }
    }

    void accountPage(Context ctx) {
        String message = switch (String.valueOf(ctx.queryParam("done"))) {
            case "password" -> "Password changed. Your other browsers are signed out.";
            case "session" -> "Session ended.";
            case "app-password" -> "App password revoked: apps using it are signed out.";
            default -> null;
        };
        account(ctx, null, message, null);
    }

    void changePassword(Context ctx) {
        csrf.check(ctx);
        Authenticated who = Access.require(ctx);
        try {
            if (!field(ctx, "password").equals(field(ctx, "confirm"))) {
                throw new ReaderException(ReaderException.Reason.INVALID, "the two new passwords differ");
            }
            members.accounts().changePassword(who.reader(), who.session(), field(ctx, "current"), field(ctx, "password"));
            ctx.redirect("/account?done=password", HttpStatus.SEE_OTHER);
        } catch (ReaderException e) {
            ctx.status(ReaderErrors.status(e));
            account(ctx, null, null, ReaderErrors.message(e));
        }
    }

    void revokeSession(Context ctx) {
        csrf.check(ctx);
        Authenticated who = Access.require(ctx);
        long id = ctx.pathParamAsClass("id", Long.class).get();
        try {
            members.accounts().revokeSession(who.reader(), id);
        } catch (ReaderException e) {
            throw ReaderErrors.page(e);
        }
        if (id == who.session().id()) {
            access.endSession(ctx);
            ctx.redirect("/signin?signedout=1", HttpStatus.SEE_OTHER);
        } else {
            ctx.redirect("/account?done=session", HttpStatus.SEE_OTHER);
        }
    }

    void createAppPassword(Context ctx) {
        csrf.check(ctx);
        Authenticated who = Access.require(ctx);
        try {
            NewAppPassword made = members.appPasswords().create(who.reader(), field(ctx, "label"));
            account(ctx, new ReaderModels.NewSecret(made.appPassword().label(), made.secret(), who.reader().name(),
                    server(ctx)), null, null);
        } catch (ReaderException e) {
            ctx.status(ReaderErrors.status(e));
            account(ctx, null, null, ReaderErrors.message(e));
        }
    }

    void revokeAppPassword(Context ctx) {
        csrf.check(ctx);
        Authenticated who = Access.require(ctx);
        try {
            members.appPasswords().revoke(who.reader(), ctx.pathParamAsClass("id", Long.class).get());
        } catch (ReaderException e) {
            throw ReaderErrors.page(e);
        }
        ctx.redirect("/account?done=app-password", HttpStatus.SEE_OTHER);
    }

    private void account(Context ctx, ReaderModels.@Nullable NewSecret created, @Nullable String message,
                         @Nullable String error) {
        Authenticated who = Access.require(ctx);
        Instant now = clock.instant();
        List<ReaderModels.SessionRow> sessions = members.accounts().sessions(who.reader()).stream()
                .map(s -> sessionRow(s, who.session(), now)).toList();
        List<ReaderModels.AppPasswordRow> passwords = members.appPasswords().list(who.reader()).stream()
                .map(p -> appPasswordRow(p, now)).toList();
        templates.render(ctx, "account.jte", new ReaderModels.AccountPage(who.reader(), csrf.token(ctx), sessions,
                passwords, created, server(ctx), message, error));
    }

    private static ReaderModels.SessionRow sessionRow(Session s, Session current, Instant now) {
        return new ReaderModels.SessionRow(s.id(), s.isApi() ? "App" : "Browser", TimeText.relative(s.createdAt(), now),
                TimeText.relative(s.lastSeenAt(), now), s.address() == null ? "unknown" : s.address(),
                s.userAgent() == null ? "" : browserName(s.userAgent()), s.id() == current.id());
    }

    private static ReaderModels.AppPasswordRow appPasswordRow(AppPassword p, Instant now) {
        return new ReaderModels.AppPasswordRow(p.id(), p.label(), TimeText.relative(p.createdAt(), now),
                p.lastUsedAt() == null ? "never used" : "used " + TimeText.relative(p.lastUsedAt(), now));
    }

    /** "Firefox", "Chrome", "Safari"…: enough to tell one's sessions apart without the whole user agent. */
    static String browserName(String agent) {
        String os = agent.contains("Android") ? "Android" : agent.contains("iPhone") || agent.contains("iPad") ? "iOS"
                : agent.contains("Mac OS") ? "macOS" : agent.contains("Windows") ? "Windows"
                : agent.contains("Linux") ? "Linux" : "";
        String browser = agent.contains("Firefox/") ? "Firefox" : agent.contains("Edg/") ? "Edge"
                : agent.contains("Chrome/") ? "Chrome" : agent.contains("Safari/") ? "Safari"
                : agent.length() > 40 ? agent.substring(0, 40) + "…" : agent;
        return os.isEmpty() ? browser : browser + " on " + os;
    }

    private void signInAndGo(Context ctx, String name, String next) {
        SignedIn signedIn = members.accounts().signIn(name, field(ctx, "password"), ctx.ip(), ctx.userAgent());
        access.startSession(ctx, signedIn);
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    private static void requireSame(Context ctx) {
        if (!field(ctx, "password").equals(field(ctx, "confirm"))) {
            throw new ReaderException(ReaderException.Reason.INVALID, "the two passwords differ");
        }
    }

    private ReaderModels.SignInForm setupForm(Context ctx, String name, @Nullable String error) {
        return new ReaderModels.SignInForm("setup", "Welcome to Newsdesk", "/setup", csrf.token(ctx), name, null, error,
                null);
    }

    private ReaderModels.SignInForm signInForm(Context ctx, String name, @Nullable String error, @Nullable String notice) {
        String next = ctx.formParam("next") != null ? ctx.formParam("next") : ctx.queryParam("next");
        return new ReaderModels.SignInForm("signin", "Sign in", "/signin", csrf.token(ctx), name, Access.safeNext(next),
                error, notice);
    }

    private ReaderModels.SignInForm inviteForm(Context ctx, String token, String name, @Nullable String error) {
        return new ReaderModels.SignInForm("invite", "Join Newsdesk", "/invite/" + token, csrf.token(ctx), name, null,
                error, null);
    }

    private void form(Context ctx, ReaderModels.SignInForm form) {
        templates.render(ctx, "signin.jte", form);
    }

    /** The address readers reach this server at, for the sync apps' settings. */
    static String server(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }

    static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
