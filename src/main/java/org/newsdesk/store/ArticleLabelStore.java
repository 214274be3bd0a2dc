package org.newsdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;

/**
 * The newest articles filed under a category (the feed's and the source's) or carrying a tag (the page's), for
 * feeds out. The lists are JSON text in one column: a LIKE on the quoted name finds candidates on both backends
 * (SQLite's LIKE ignores ASCII case, PostgreSQL's does not), and an exact comparison keeps the same ones on both.
 * Thread-safe.
 */
public final class ArticleLabelStore {
    private static final int BATCH = 200;
    /** A label matching no article must not scan the whole table for ever: stop after this many candidates. */
    private static final int MAX_CANDIDATES = 20_000;

    private final Database database;
    private final ArticleRows rows = new ArticleRows();
    private final ObjectMapper json = new ObjectMapper();

    public ArticleLabelStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The newest articles (by shown time) with this category, exactly. */
    public List<Article> newestInCategory(String category, int limit) {
        return newest("categories", category, limit, Article::categories);
    }

    /** The newest articles (by shown time) with this tag, exactly. */
    public List<Article> newestWithTag(String tag, int limit) {
        return newest("tags", tag, limit, a -> a.content().tags());
    }

    private List<Article> newest(String column, String label, int limit, Function<Article, List<String>> labels) {
        Objects.requireNonNull(label, "label");
        Limits.requirePositive(limit, "limit");
        String pattern = "%" + likeEscaped(quoted(Columns.text(label))) + "%";
        List<Article> found = new ArrayList<>();
        @Nullable Article last = null;
        int scanned = 0;
        while (found.size() < limit && scanned < MAX_CANDIDATES) {
            List<Article> batch = batch(column, pattern, last);
            for (Article article : batch) {
                if (labels.apply(article).contains(label) && found.size() < limit) found.add(article);
            }
            scanned += batch.size();
            if (batch.size() < BATCH) break;
            last = batch.getLast();
        }
        return found;
    }

    private List<Article> batch(String column, String pattern, @Nullable Article after) {
        String keyset = after == null ? "" : " AND (shown_at < :shown_at OR (shown_at = :shown_at AND id < :id))";
        return database.read("listing articles by " + column, handle -> {
            var query = handle.createQuery("SELECT " + ArticleRows.ARTICLE + " FROM articles WHERE " + column
                            + " LIKE :pattern ESCAPE '!'" + keyset + " ORDER BY shown_at DESC, id DESC LIMIT :limit")
                    .bind("pattern", pattern).bind("limit", BATCH);
            if (after != null) query.bind("shown_at", Columns.millis(after.shownAt())).bind("id", after.id());
            return query.map((row, ctx) -> rows.article(row)).list();
        });
    }

    /** The label as the JSON list holds it, quotes and escapes included. */
    private String quoted(String label) {
        try {
            return json.writeValueAsString(label);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a string as JSON", e);
        }
    }

    private static String likeEscaped(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
