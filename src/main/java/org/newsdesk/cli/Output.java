package org.newsdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.SourceSummary;
import org.newsdesk.ingest.RefreshReport;
import org.newsdesk.ingest.SourceFields;

/** How commands print: aligned tables for people, JSON for scripts. */
final class Output {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Output() {}

    static void printJson(Object value) {
        try {
            System.out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    static List<Map<String, Object>> sourcesJson(List<SourceSummary> summaries) {
        return summaries.stream().map(SourceFields::of).toList();
    }


    static void printSources(List<SourceSummary> summaries) {
        if (summaries.isEmpty()) {
            System.out.println("No sources yet. Add one with: newsdesk sources add URL");
            return;
        }
        String format = "%4s  %-8s  %-28s  %-16s  %-16s  %8s  %s%n";
        System.out.printf(format, "ID", "STATE", "TITLE", "LAST FETCH", "NEXT POLL", "ARTICLES", "FEED / ERROR");
        for (SourceSummary summary : summaries) {
            Source s = summary.source();
            Polling p = s.polling();
            String detail = p.lastError() != null ? "error: " + p.lastError() : s.feedUrl();
            System.out.printf(format, s.id(), p.state().name().toLowerCase(), cut(s.title(), 28),
                    local(p.lastFetchedAt()), local(p.nextPollAt()), summary.articleCount(), detail);
        }
    }

    static void printReport(RefreshReport report) {
        if (report.failed()) {
            System.out.printf("#%d %s: failed: %s%n", report.sourceId(), report.sourceTitle(), report.error());
            return;
        }
        String what = report.notModified() ? "not modified"
                : "%d new, %d updated, %d unchanged".formatted(report.added(), report.updated(), report.skipped());
        System.out.printf("#%d %s: %s (%s)%n", report.sourceId(), report.sourceTitle(), what, seconds(report.duration()));
        for (String failure : report.itemFailures()) System.out.println("    failed: " + failure);
    }

    private static String local(@Nullable Instant t) {
        return t == null ? "never" : LOCAL.format(t);
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
