package org.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.SourceSummary;
import org.newsdesk.ingest.Progress;
import org.newsdesk.ingest.SourceException;
import org.newsdesk.ingest.SourceService;
import org.newsdesk.store.ArticleListing;

/** The Sources page: follow, unfollow, refresh, import and export. Thread-safe. */
final class SourcesPages {

    private static final int CHART_DAYS = 14;
    private static final int CHART_HEIGHT = 24;
    private static final long MAX_OPML_BYTES = 5L << 20;

    private final SourceService sources;
    private final ArticleListing listing;
    private final Templates templates;
    private final Csrf csrf;
    private final Clock clock;
    private final Runnable changed;

    SourcesPages(SourceService sources, ArticleListing listing, Templates templates, Csrf csrf, Clock clock, Runnable changed) {
        this.changed = changed;
        this.sources = sources;
        this.listing = listing;
        this.templates = templates;
        this.csrf = csrf;
        this.clock = clock;
    }

    void page(Context ctx) {
        render(ctx, message(ctx), null, "");
    }

    void add(Context ctx) {
        csrf.check(ctx);
        String url = ctx.formParam("url") == null ? "" : ctx.formParam("url").strip();
        try {
            Source added = sources.add(url, ctx.formParam("category"));
            changed.run();
            ctx.redirect("/sources?added=" + added.id(), HttpStatus.SEE_OTHER);
        } catch (SourceException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, null, "Could not follow " + (url.isEmpty() ? "that address" : url) + ": " + e.getMessage(), url);
        }
    }

    void remove(Context ctx) {
        csrf.check(ctx);
        long id = ctx.pathParamAsClass("id", Long.class).get();
        sources.remove(id);
        changed.run();
        ctx.redirect("/sources?removed=1", HttpStatus.SEE_OTHER);
    }

    void refresh(Context ctx) {
        csrf.check(ctx);
        long id = ctx.pathParamAsClass("id", Long.class).get();
        sources.requestRefresh(id);
        ctx.redirect("/sources?refreshing=" + id, HttpStatus.SEE_OTHER);
    }

    void importOpml(Context ctx) throws IOException {
        csrf.check(ctx);
        UploadedFile file = ctx.uploadedFile("opml");
        if (file == null || file.size() == 0) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, null, "Choose an OPML file to import.", "");
            return;
        }
        if (file.size() > MAX_OPML_BYTES) {
            ctx.status(HttpStatus.CONTENT_TOO_LARGE);
            render(ctx, null, "That file is over 5 MB: an OPML list of feeds is much smaller.", "");
            return;
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readAllBytes();
        }
        try {
            SourceService.ImportReport report = sources.importOpml(bytes, Progress.NONE);
            changed.run();
            ctx.redirect("/sources?imported=" + report.added() + "&known=" + report.alreadySubscribed()
                    + "&failed=" + report.failures().size() + "&skipped=" + report.skipped().size(), HttpStatus.SEE_OTHER);
        } catch (SourceException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, null, "Could not import " + file.filename() + ": " + e.getMessage(), "");
        }
    }

    void exportOpml(Context ctx) {
        ctx.header("Content-Disposition", "attachment; filename=\"newsdesk-subscriptions.opml\"");
        ctx.contentType("text/x-opml; charset=utf-8").result(sources.exportOpml());
    }

    private void render(Context ctx, @Nullable String message, @Nullable String error, String addValue) {
        Instant now = clock.instant();
        List<Pages.SourceRow> rows = new ArrayList<>();
        for (SourceSummary summary : sources.list()) {
            Polling p = summary.source().polling();
            rows.add(new Pages.SourceRow(summary,
                    p.lastFetchedAt() == null ? "never" : TimeText.relative(p.lastFetchedAt(), now),
                    p.nextPollAt().isAfter(now) ? "in " + TimeText.span(Duration.between(now, p.nextPollAt())) : "now",
                    chart(summary.source().id(), now)));
        }
        templates.render(ctx, "sources.jte", new Pages.SourcesPage(rows, csrf.token(ctx), message, error, addValue));
    }

    private List<Pages.Bar> chart(long sourceId, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = today.minusDays(CHART_DAYS - 1);
        Map<LocalDate, Long> counts = new HashMap<>();
        for (var day : listing.perDay(sourceId, first.atStartOfDay(ZoneOffset.UTC).toInstant())) counts.put(day.day(), day.count());
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<Pages.Bar> bars = new ArrayList<>();
        for (int i = 0; i < CHART_DAYS; i++) {
            LocalDate day = first.plusDays(i);
            long n = counts.getOrDefault(day, 0L);
            bars.add(new Pages.Bar(i * 6, (int) Math.max(n == 0 ? 0 : 2, n * CHART_HEIGHT / max), day + ": " + n + " article" + (n == 1 ? "" : "s")));
        }
        return bars;
    }

    private static @Nullable String message(Context ctx) {
        if (ctx.queryParam("added") != null) return "Following the new source: its articles arrive within a minute.";
        if (ctx.queryParam("removed") != null) return "Source removed, with its articles.";
        if (ctx.queryParam("refreshing") != null) return "Refreshing now.";
        if (ctx.queryParam("imported") != null) {
            String skipped = ctx.queryParam("skipped");
            return "Imported " + ctx.queryParam("imported") + " new sources (" + ctx.queryParam("known")
                    + " already followed, " + ctx.queryParam("failed") + " failed"
                    + (skipped == null || skipped.equals("0") ? "" : ", " + skipped
                            + " entries left out: no feed address, not a web address, or listed twice") + ").";
        }
        return null;
    }
}
