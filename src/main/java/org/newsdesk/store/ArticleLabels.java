package org.newsdesk.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.domain.LabelKind;

/** Keeps article_labels in step with an article's categories and tags, inside the article's own write. */
final class ArticleLabels {

    private ArticleLabels() {}

    static void write(Handle handle, Article article) {
        handle.createUpdate("DELETE FROM article_labels WHERE article_id = :id").bind("id", article.id()).execute();
        var batch = handle.prepareBatch("INSERT INTO article_labels (article_id, kind, label, label_key, shown_at) "
                + "VALUES (:article_id, :kind, :label, :label_key, :shown_at)");
        int rows = 0;
        for (var label : labels(article).entrySet()) {
            batch.bind("article_id", article.id())
                    .bind("kind", label.getKey().substring(0, label.getKey().indexOf(':')))
                    .bind("label", Columns.text(label.getValue()))
                    .bind("label_key", Columns.text(label.getKey().substring(label.getKey().indexOf(':') + 1)))
                    .bind("shown_at", article.shownAt().toEpochMilli())
                    .add();
            rows++;
        }
        if (rows > 0) batch.execute();
    }

    /** "KIND:key" → label as first spelled; one row per kind and key. */
    private static Map<String, String> labels(Article article) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String c : article.categories()) put(labels, LabelKind.CATEGORY, c);
        for (String t : article.content().tags()) put(labels, LabelKind.TAG, t);
        return labels;
    }

    private static void put(Map<String, String> labels, LabelKind kind, String label) {
        String key = ArticleFilter.key(label);
        if (key.isEmpty() || key.length() > 200) return;
        labels.putIfAbsent(kind.name() + ":" + key, label.strip());
    }
}
