package org.newsdesk.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one refresh of a source did.
 *
 * @param error        why the feed itself could not be read, or null when it could
 * @param itemFailures one line per entry that could not be stored: "url: what went wrong"
 */
public record RefreshReport(long sourceId, String sourceTitle, boolean notModified, int added, int updated,
                            int skipped, List<String> itemFailures, @Nullable String error, Duration duration) {

    public RefreshReport {
        Objects.requireNonNull(sourceTitle, "sourceTitle");
        itemFailures = List.copyOf(itemFailures);
    }

    public boolean failed() {
        return error != null;
    }
}
