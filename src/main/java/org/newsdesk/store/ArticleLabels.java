package org.newsdesk.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.domain.LabelKind;

/** Keeps article_labels in step with an article's categories and tags, inside the article's own write. */
final class ArticleLabels {

    private ArticleLabels() {}

    static void write(Handle handle, Article article) {
        write(handle, article, List.of(), List.of());
    }

    /** The article's own labels and those the understanding stage found, in place of what it had. */
    static void write(Handle handle, Article article, List<String> moreCategories, List<String> moreTags) {
        // The counts follow the rows: every old label counted down, every new one up, in the article's transaction.
        var old = handle.createQuery("SELECT kind, label_key FROM article_labels WHERE article_id = :id")
                .bind("id", article.id()).map((row, ctx) -> new String[] {row.getString(1), row.getString(2)}).list();
        if (!old.isEmpty()) {
            var down = handle.prepareBatch("UPDATE label_counts SET count = count - 1 WHERE kind = :kind AND label_key = :key");
            for (String[] label : old) down.bind("kind", label[0]).bind("key", label[1]).add();
            down.execute();
        }
        handle.createUpdate("DELETE FROM article_labels WHERE article_id = :id").bind("id", article.id()).execute();
        var batch = handle.prepareBatch("INSERT INTO article_labels (article_id, kind, label, label_key, shown_at) "
                + "VALUES (:article_id, :kind, :label, :label_key, :shown_at)");
        int rows = 0;
        for (var label : labels(article, moreCategories, moreTags).entrySet()) {
            batch.bind("article_id", article.id())
                    .bind("kind", label.getKey().substring(0, label.getKey().indexOf(':')))
                    .bind("label", Columns.text(label.getValue()))
                    .bind("label_key", Columns.text(label.getKey().substring(label.getKey().indexOf(':') + 1)))
                    .bind("shown_at", article.shownAt().toEpochMilli())
                    .add();
            rows++;
        }
        if (rows > 0) batch.execute();
        handle.createUpdate("INSERT INTO label_counts (kind, label_key, label, count) SELECT kind, label_key, label, 1 "
                + "FROM article_labels WHERE article_id = :id ON CONFLICT (kind, label_key) DO UPDATE SET count = label_counts.count + 1")
                .bind("id", article.id()).execute();
    }

    /** Counts every label afresh: after deletes that cascade past the write path (a source removed). */
    static void recount(Handle handle) {
        handle.createUpdate("DELETE FROM label_counts").execute();
        handle.createUpdate("INSERT INTO label_counts (kind, label_key, label, count) "
                + "SELECT kind, label_key, MIN(label), COUNT(*) FROM article_labels GROUP BY kind, label_key").execute();
    }

    /** "KIND:key" → label as first spelled; one row per kind and key. */
    private static Map<String, String> labels(Article article, List<String> moreCategories, List<String> moreTags) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String c : article.categories()) put(labels, LabelKind.CATEGORY, c);
        for (String c : moreCategories) put(labels, LabelKind.CATEGORY, c);
        for (String t : article.content().tags()) put(labels, LabelKind.TAG, t);
        for (String t : moreTags) put(labels, LabelKind.TAG, t);
        return labels;
    }

    private static void put(Map<String, String> labels, LabelKind kind, String label) {
        String key = ArticleFilter.key(label);
        if (key.isEmpty() || key.length() > 200) return;
        labels.putIfAbsent(kind.name() + ":" + key, label.strip());
    }
}
