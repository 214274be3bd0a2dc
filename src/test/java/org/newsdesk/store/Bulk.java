package org.newsdesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Many articles written in one transaction, for tests that page through thousands. */
public final class Bulk {
    private Bulk() {}

    /**
     * Inserts {@code count} small articles into a source, the i-th (from 0) fetched and published {@code i}
     * seconds after {@code from}, titled "Bulk article i". Returns their ids in insertion order.
     */
    public static List<Long> insertArticles(Database database, long sourceId, int count, Instant from) {
        return database.write("inserting " + count + " articles", handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO articles (source_id, url, identity, origin, "
                    + "fetched_at, content_fetched_at, published_at, shown_at, version, categories, title, authors, "
                    + "body_html, body_text, tags, related) VALUES (:source, :url, :identity, 'FEED', :at, :at, :at, "
                    + ":at, 1, '[\"Bulk\"]', :title, '[]', :html, :text, '[]', '[]')");
            for (int i = 0; i < count; i++) {
                long at = from.plusSeconds(i).toEpochMilli();
                batch.bind("source", sourceId)
                        .bind("url", "https://bulk.example/" + sourceId + "/" + i)
                        .bind("identity", "bulk-" + i)
                        .bind("at", at)
                        .bind("title", "Bulk article " + i)
                        .bind("html", "<p>Bulk text " + i + "</p>")
                        .bind("text", "Bulk text " + i)
                        .add();
            }
            batch.execute();
            List<Long> ids = new ArrayList<>(handle.createQuery("SELECT id FROM articles WHERE source_id = :source "
                            + "AND identity LIKE 'bulk-%' ORDER BY id")
                    .bind("source", sourceId).mapTo(Long.class).list());
            return ids;
        });
    }
}
