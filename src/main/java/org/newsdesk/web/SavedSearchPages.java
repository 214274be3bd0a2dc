package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Reader;
import org.newsdesk.domain.SavedSearch;
import org.newsdesk.readers.ReaderException;

/**
 * A reader's saved searches in the browser: save one from the search page or the Subscriptions page, open one,
 * remove one. Each is also a feed ({@code /feeds/search/{id}/rss}, for its owner only). Thread-safe.
 */
final class SavedSearchPages {

    private final Membership members;
    private final SubscriptionView view;
    private final Csrf csrf;
    private final Templates templates;

    SavedSearchPages(Membership members, SubscriptionView view, Csrf csrf, Templates templates) {
        this.members = members;
        this.view = view;
        this.csrf = csrf;
        this.templates = templates;
    }

    /** The search page's side panel: the reader's saved searches and a form to save this one. */
    void panel(Context ctx) {
        Reader reader = Access.reader(ctx).orElse(null);
        if (reader == null) {
            ctx.status(HttpStatus.NO_CONTENT);
            return;
        }
        renderPanel(ctx, reader, String.valueOf(ctx.queryParam("q") == null ? "" : ctx.queryParam("q")), null);
    }

    /** Saves a search; from the search page's panel (htmx) the answer is the panel again. */
    void save(Context ctx) {
        csrf.check(ctx);
        Reader reader = Access.require(ctx).reader();
        String name = AccountPages.field(ctx, "name");
        String query = AccountPages.field(ctx, "query");
        boolean fragment = ctx.header("HX-Request") != null;
        try {
            SavedSearch saved = members.savedSearches().save(reader, name, query);
            if (fragment) renderPanel(ctx, reader, saved.query(), null);
            else ctx.redirect("/subscriptions?done=search-saved#saved-searches", HttpStatus.SEE_OTHER);
        } catch (ReaderException e) {
            String message = "Could not save the search: " + lower(ReaderErrors.message(e));
            if (fragment) {
                // htmx swaps only successful answers: the refusal is the panel with its error.
                renderPanel(ctx, reader, query, message);
                return;
            }
            ctx.status(ReaderErrors.status(e));
            view.render(ctx, SubscriptionView.Outcome.failed(new SubscriptionModels.FormError("search", message), "", ""));
        }
    }

    /** Opens a saved search: the search page for its query. Another reader's is not found. */
    void open(Context ctx) {
        SavedSearch search = own(ctx);
        ctx.redirect("/search?q=" + ReadingPages.encode(search.query()), HttpStatus.SEE_OTHER);
    }

    void remove(Context ctx) {
        csrf.check(ctx);
        Reader reader = Access.require(ctx).reader();
        long id = ctx.pathParamAsClass("id", Long.class).get();
        try {
            members.savedSearches().remove(reader, id);
        } catch (ReaderException e) {
            throw ReaderErrors.page(e);
        }
        String back = ctx.formParam("back");
        ctx.redirect(back != null ? Access.safeNext(back) : "/subscriptions?done=search-removed#saved-searches",
                HttpStatus.SEE_OTHER);
    }

    private SavedSearch own(Context ctx) {
        Reader reader = Access.require(ctx).reader();
        long id = ctx.pathParamAsClass("id", Long.class).get();
        return members.savedSearches().find(reader, id)
                .orElseThrow(() -> new NotFoundResponse("You have no saved search #" + id + "."));
    }

    private void renderPanel(Context ctx, Reader reader, String query, @Nullable String error) {
        templates.render(ctx, "parts/savedsearches.jte", new SubscriptionModels.SearchPanel(query.strip(),
                SubscriptionView.saved(members.savedSearches().list(reader)), csrf.token(ctx), error));
    }

    private static String lower(String message) {
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
