package org.newsdesk.ingest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.SourceSummary;

/** A source as scripts see it, the same in `sources list --json` and the JSON API: field names in one place. */
public final class SourceFields {

    private SourceFields() {}

    public static Map<String, Object> of(SourceSummary summary) {
        Source s = summary.source();
        Polling p = s.polling();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("feedUrl", s.feedUrl());
        m.put("siteUrl", s.siteUrl());
        m.put("category", s.category());
        m.put("state", p.state().name().toLowerCase(Locale.ROOT));
        m.put("lastFetchedAt", iso(p.lastFetchedAt()));
        m.put("lastSuccessAt", iso(p.lastSuccessAt()));
        m.put("nextPollAt", iso(p.nextPollAt()));
        m.put("pollIntervalSeconds", p.interval().toSeconds());
        m.put("failures", p.failures());
        m.put("error", p.lastError());
        m.put("articles", summary.articleCount());
        return m;
    }

    private static @Nullable String iso(@Nullable Instant t) {
        return t == null ? null : t.toString();
    }
}
