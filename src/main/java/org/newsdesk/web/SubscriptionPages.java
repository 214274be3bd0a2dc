package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Folder;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.Source;
import org.newsdesk.readers.ReaderException;
import org.newsdesk.readers.Subscriptions;
import org.newsdesk.store.SourceStore;

/**
 * A reader's own subscriptions: subscribe by address or from the sources Newsdesk follows, rename, file in folders,
 * unsubscribe, hide sources, and OPML import and export. Every change is the signed-in reader's own: another
 * reader's folders are not found. Thread-safe.
 */
final class SubscriptionPages {

    private static final long MAX_OPML_BYTES = 5L << 20;

    private final Membership members;
    private final SourceStore sources;
    private final SubscriptionView view;
    private final Csrf csrf;
    private final Templates templates;
    private final Runnable sourcesChanged;

    SubscriptionPages(Membership members, SourceStore sources, SubscriptionView view, Csrf csrf, Templates templates,
                      Runnable sourcesChanged) {
        this.members = members;
        this.sources = sources;
        this.view = view;
        this.csrf = csrf;
        this.templates = templates;
        this.sourcesChanged = sourcesChanged;
    }

    void page(Context ctx) {
        view.render(ctx, SubscriptionView.Outcome.of(message(ctx)));
    }

    /** Subscribes by a feed or site address, or to a source Newsdesk follows already ({@code source} field). */
    void subscribe(Context ctx) {
        csrf.check(ctx);
        Reader reader = Access.require(ctx).reader();
        String url = AccountPages.field(ctx, "url").strip();
        String folder = ctx.formParam("folder");
        Long sourceId = ctx.formParamAsClass("source", Long.class).getOrNull();
        try {
            Subscriptions subscriptions = members.subscriptions();
            long subscribed;
            if (sourceId != null) {
                subscribed = subscriptions.subscribe(reader, sourceId, folder).sourceId();
            } else if (url.isEmpty()) {
                throw new ReaderException(ReaderException.Reason.INVALID,
                        "type the address of a feed or of a site that has one");
            } else {
                subscribed = subscriptions.subscribe(reader, url, folder).sourceId();
            }
            sourcesChanged.run();
            done(ctx, "subscribed&source=" + subscribed);
        } catch (ReaderException e) {
            String what = sourceId != null ? "source #" + sourceId : url.isEmpty() ? "that" : url;
            fail(ctx, e, "subscribe", "Could not subscribe to " + what + ": ", url, folder);
        }
    }

    void rename(Context ctx) {
        onSource(ctx, "renamed", (reader, id) -> members.subscriptions().rename(reader, id, ctx.formParam("title")));
    }

    void move(Context ctx) {
        onSource(ctx, "moved", (reader, id) -> members.subscriptions().move(reader, id, ctx.formParam("folder")));
    }

    void unsubscribe(Context ctx) {
        onSource(ctx, "unsubscribed", (reader, id) -> members.subscriptions().unsubscribe(reader, id));
    }

    void hide(Context ctx) {
        onSource(ctx, "hidden", (reader, id) -> members.subscriptions().hide(reader, id));
    }

    void unhide(Context ctx) {
        onSource(ctx, "shown", (reader, id) -> members.subscriptions().unhide(reader, id));
    }

    void renameFolder(Context ctx) {
        onFolder(ctx, "folder-renamed", (reader, folder) ->
                members.subscriptions().renameFolder(reader, folder.name(), AccountPages.field(ctx, "name")));
    }

    void removeFolder(Context ctx) {
        onFolder(ctx, "folder-removed", (reader, folder) -> members.subscriptions().removeFolder(reader, folder.name()));
    }

    /** Subscribes the reader to each feed of an uploaded OPML file and shows what happened to each. */
    void importOpml(Context ctx) throws IOException {
        csrf.check(ctx);
        Reader reader = Access.require(ctx).reader();
        UploadedFile file = ctx.uploadedFile("opml");
        try {
            if (file == null || file.size() == 0) {
                throw new ReaderException(ReaderException.Reason.INVALID, "choose an OPML file to import");
            }
            if (file.size() > MAX_OPML_BYTES) {
                throw new ReaderException(ReaderException.Reason.INVALID,
                        "that file is over 5 MB: a list of feeds is much smaller");
            }
            byte[] bytes;
            try (InputStream in = file.content()) {
                bytes = in.readAllBytes();
            }
            Subscriptions.ImportReport report = members.subscriptions().importOpml(reader, bytes);
            sourcesChanged.run();
            view.render(ctx, SubscriptionView.Outcome.imported(new SubscriptionModels.Imported(file.filename(),
                    report.subscribed(), report.alreadySubscribed(), report.failures(), report.skipped())));
        } catch (ReaderException e) {
            String name = file == null || file.size() == 0 ? "" : " " + file.filename();
            fail(ctx, e, "import", "Could not import" + name + ": ", "", null);
        }
    }

    void exportOpml(Context ctx) {
        Reader reader = Access.require(ctx).reader();
        ctx.header("Content-Disposition", "attachment; filename=\"newsdesk-" + fileName(reader.name()) + ".opml\"");
        ctx.contentType("text/x-opml; charset=utf-8").result(members.subscriptions().exportOpml(reader));
    }

    /** The bar on a source's page: subscribe or unsubscribe, hide or show; nothing for signed-out visitors. */
    void sourceBar(Context ctx) {
        Reader reader = Access.reader(ctx).orElse(null);
        if (reader == null) {
            ctx.status(HttpStatus.NO_CONTENT);
            return;
        }
        long id = ctx.pathParamAsClass("id", Long.class).get();
        Source source = sources.find(id).orElseThrow(() -> new NotFoundResponse("There is no source #" + id + "."));
        Subscriptions subscriptions = members.subscriptions();
        templates.render(ctx, "parts/subscriptionbar.jte", new SubscriptionModels.SourceBar(id, source.title(),
                subscriptions.find(reader, id).isPresent(), subscriptions.hiddenSourceIds(reader).contains(id),
                csrf.token(ctx), subscriptions.folders(reader).stream().map(Folder::name).toList()));
    }

    /**
     * The masthead's third link: readers who are not admins manage their subscriptions, not Newsdesk's sources.
     * Nothing to change (204) for admins and signed-out visitors.
     */
    void navLink(Context ctx) {
        Reader reader = Access.reader(ctx).orElse(null);
        if (reader == null || reader.isAdmin()) {
            ctx.status(HttpStatus.NO_CONTENT);
            return;
        }
        String current = "subscriptions".equals(ctx.queryParam("current")) ? " aria-current=\"page\"" : "";
        ctx.html("<a href=\"/subscriptions\"" + current + ">Subscriptions</a>");
    }

    private interface SourceAction {
        void apply(Reader reader, long sourceId);
    }

    private interface FolderAction {
        void apply(Reader reader, Folder folder);
    }

    private void onSource(Context ctx, String done, SourceAction action) {
        csrf.check(ctx);
        Reader reader = Access.require(ctx).reader();
        long id = ctx.pathParamAsClass("id", Long.class).get();
        run(ctx, done, "source-" + id, r -> action.apply(r, id), reader);
    }

    private void onFolder(Context ctx, String done, FolderAction action) {
        csrf.check(ctx);
        Reader reader = Access.require(ctx).reader();
        long id = ctx.pathParamAsClass("id", Long.class).get();
        run(ctx, done, "folder-" + id, r -> action.apply(r, members.subscriptions().findFolder(r, id).orElseThrow(
                () -> new ReaderException(ReaderException.Reason.NOT_FOUND, "you have no folder #" + id))), reader);
    }

    private void run(Context ctx, String done, String form, Consumer<Reader> action, Reader reader) {
        try {
            action.accept(reader);
            done(ctx, done);
        } catch (ReaderException e) {
            fail(ctx, e, form, "", "", null);
        }
    }

    /** After a change: back to the page the form came from (a source's page), else the Subscriptions page. */
    private static void done(Context ctx, String done) {
        String back = ctx.formParam("back");
        String target = back != null ? Access.safeNext(back) : "/subscriptions";
        ctx.redirect(target + (target.contains("?") ? "&" : "?") + "done=" + done, HttpStatus.SEE_OTHER);
    }

    private void fail(Context ctx, ReaderException e, String form, String prefix, String url, @Nullable String folder) {
        ctx.status(ReaderErrors.status(e));
        String message = ReaderErrors.message(e);
        if (!prefix.isEmpty()) message = prefix + Character.toLowerCase(message.charAt(0)) + message.substring(1);
        view.render(ctx, SubscriptionView.Outcome.failed(new SubscriptionModels.FormError(form, message), url,
                folder == null ? "" : folder));
    }

    private static @Nullable String message(Context ctx) {
        return switch (String.valueOf(ctx.queryParam("done"))) {
            case "subscribed" -> "Subscribed. New articles appear on My feeds as they arrive.";
            case "unsubscribed" -> "Unsubscribed. Its articles no longer appear on My feeds.";
            case "renamed" -> "Renamed.";
            case "moved" -> "Moved.";
            case "hidden" -> "Hidden: its articles no longer appear on your pages.";
            case "shown" -> "Shown again on your pages.";
            case "folder-renamed" -> "Folder renamed.";
            case "folder-removed" -> "Folder removed; its subscriptions are kept, in no folder.";
            case "search-saved" -> "Search saved.";
            case "search-removed" -> "Saved search removed.";
            default -> null;
        };
    }

    /** The reader's name as a safe file name. */
    private static String fileName(String name) {
        String safe = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return safe.isEmpty() ? "subscriptions" : safe + "-subscriptions";
    }
}
