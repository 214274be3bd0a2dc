package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Invite;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Role;
import org.newsdesk.readers.NewInvite;
import org.newsdesk.readers.ReaderException;

/** The admin's Readers page: invitations, roles, removal, bans, and public mode. Thread-safe. */
final class AdminPages {

    private final Membership members;
    private final Csrf csrf;
    private final Templates templates;
    private final Clock clock;

    AdminPages(Membership members, Csrf csrf, Templates templates, Clock clock) {
        this.members = members;
        this.csrf = csrf;
        this.templates = templates;
        this.clock = clock;
    }

    void page(Context ctx) {
        String message = switch (String.valueOf(ctx.queryParam("done"))) {
            case "role" -> "Role changed.";
            case "removed" -> "Reader removed, with their comments and reading state.";
            case "banned" -> "Reader banned from commenting.";
            case "unbanned" -> "Ban lifted.";
            case "public" -> members.accounts().publicMode()
                    ? "Public mode is on: anyone can read; members sign in to comment."
                    : "Public mode is off: only signed-in readers can read.";
            case "revoked" -> "Invitation revoked.";
            default -> ctx.queryParam("welcome") != null
                    ? "Your admin account is ready. Invite the people who will read with you." : null;
        };
        render(ctx, null, message, null);
    }

    void invite(Context ctx) {
        csrf.check(ctx);
        Reader admin = Access.require(ctx).reader();
        try {
            Role role = "admin".equals(ctx.formParam("role")) ? Role.ADMIN : Role.MEMBER;
            int days = ctx.formParamAsClass("days", Integer.class).getOrDefault(7);
            NewInvite made = members.invitations().invite(admin, role, Duration.ofDays(days));
            render(ctx, AccountPages.server(ctx) + "/invite/" + made.token(), null, null);
        } catch (ReaderException e) {
            fail(ctx, e);
        }
    }

    void revokeInvite(Context ctx) {
        act(ctx, admin -> members.invitations().revoke(admin, id(ctx)), "revoked");
    }

    void setRole(Context ctx) {
        act(ctx, admin -> members.accounts().setRole(admin, id(ctx),
                "admin".equals(ctx.formParam("role")) ? Role.ADMIN : Role.MEMBER), "role");
    }

    void remove(Context ctx) {
        act(ctx, admin -> {
            if (admin.id() == id(ctx)) {
                throw new ReaderException(ReaderException.Reason.FORBIDDEN, "you cannot remove yourself here");
            }
            members.accounts().remove(admin, id(ctx));
        }, "removed");
    }

    void ban(Context ctx) {
        act(ctx, admin -> {
            String days = ctx.formParam("days");
            Duration length = days == null || days.isBlank() || days.equals("0") ? null
                    : Duration.ofDays(Long.parseLong(days.strip()));
            members.comments().ban(admin, id(ctx), AccountPages.field(ctx, "reason"), length);
        }, "banned");
    }

    void unban(Context ctx) {
        act(ctx, admin -> members.comments().unban(admin, id(ctx)), "unbanned");
    }

    void publicMode(Context ctx) {
        act(ctx, admin -> members.accounts().setPublicMode(admin, "on".equals(ctx.formParam("public"))), "public");
    }

    private interface Action {
        void run(Reader admin);
    }

    private void act(Context ctx, Action action, String done) {
        csrf.check(ctx);
        Reader admin = Access.require(ctx).reader();
        try {
            action.run(admin);
            ctx.redirect("/admin/readers?done=" + done, HttpStatus.SEE_OTHER);
        } catch (ReaderException e) {
            fail(ctx, e);
        }
    }

    private void fail(Context ctx, ReaderException e) {
        ctx.status(ReaderErrors.status(e));
        render(ctx, null, null, ReaderErrors.message(e));
    }

    private void render(Context ctx, @Nullable String inviteLink, @Nullable String message, @Nullable String error) {
        Reader admin = Access.require(ctx).reader();
        Instant now = clock.instant();
        List<ReaderModels.ReaderRow> rows = members.accounts().list().stream().map(r -> new ReaderModels.ReaderRow(r,
                TimeText.relative(r.createdAt(), now), ban(r, now), r.id() == admin.id())).toList();
        List<ReaderModels.InviteRow> invites = members.invitations().list(admin).stream()
                .map(i -> inviteRow(i, now)).toList();
        templates.render(ctx, "readers.jte", new ReaderModels.AdminPage(admin, csrf.token(ctx), rows, invites,
                members.accounts().publicMode(), inviteLink, message, error));
    }

    private @Nullable String ban(Reader reader, Instant now) {
        return members.comments().activeBan(reader.id()).map(b -> "banned from commenting"
                + (b.endsAt() == null ? "" : " for " + TimeText.span(java.time.Duration.between(now, b.endsAt())))
                + (b.reason().isEmpty() ? "" : " (" + b.reason() + ")")).orElse(null);
    }

    private static ReaderModels.InviteRow inviteRow(Invite i, Instant now) {
        String state = i.usedAt() != null ? "used" : i.openAt(now) ? "open" : "expired";
        return new ReaderModels.InviteRow(i.id(), i.role().name().toLowerCase(Locale.ROOT),
                TimeText.relative(i.createdAt(), now), TimeText.exact(i.expiresAt()), state);
    }

    private static long id(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).get();
    }
}
