package org.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ArticleVersion;
import org.newsdesk.domain.ContentOrigin;
import org.newsdesk.domain.Image;
import org.newsdesk.store.StoreException.Reason;

/** The columns of articles and article_versions, and how records are bound to and read from them. Thread-safe. */
final class ArticleRows {
    /** Columns that hold an {@link ArticleContent}, alike in both tables. */
    static final List<String> CONTENT_COLUMNS = List.of(
            "title", "authors", "published_at", "updated_at", "site_name", "language", "canonical_url",
            "lead_image_url", "lead_image_caption", "lead_image_credit", "standfirst", "body_html", "body_text",
            "tags", "editor_note", "related");

    static final String CONTENT = String.join(", ", CONTENT_COLUMNS);
    static final String CONTENT_PARAMS = CONTENT_COLUMNS.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
    static final String CONTENT_ASSIGNMENTS =
            CONTENT_COLUMNS.stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));

    static final String ARTICLE = "id, source_id, url, identity, origin, fetched_at, version, categories, " + CONTENT;
    /** The article columns qualified by a table alias, for joins. */
    static String articleColumns(String alias) {
        StringBuilder out = new StringBuilder();
        for (String column : ARTICLE.split(",\\s*")) {
            if (!out.isEmpty()) out.append(", ");
            out.append(alias).append('.').append(column);
        }
        return out.toString();
    }

    static final String VERSION = "article_id, version, fetched_at, " + CONTENT;

    private final JsonLists json = new JsonLists();

    /** Binds every content column; shown_at follows from the content and the first fetch, so it is bound too. */
    void bindContent(SqlStatement<?> statement, ArticleContent content) {
        Image image = content.leadImage();
        statement.bind("title", Columns.text(content.title()))
                .bind("authors", json.strings(content.authors()))
                .bind("published_at", Columns.millisOrNull(content.published()))
                .bind("updated_at", Columns.millisOrNull(content.updated()))
                .bind("site_name", Columns.textOrNull(content.siteName()))
                .bind("language", Columns.textOrNull(content.language()))
                .bind("canonical_url", Columns.textOrNull(content.canonicalUrl()))
                .bind("lead_image_url", image == null ? null : Columns.text(image.url()))
                .bind("lead_image_caption", image == null ? null : Columns.textOrNull(image.caption()))
                .bind("lead_image_credit", image == null ? null : Columns.textOrNull(image.credit()))
                .bind("standfirst", Columns.textOrNull(content.standfirst()))
                .bind("body_html", Columns.text(content.bodyHtml()))
                .bind("body_text", Columns.text(content.bodyText()))
                .bind("tags", json.strings(content.tags()))
                .bind("editor_note", Columns.textOrNull(content.editorNote()))
                .bind("related", json.links(content.related()));
    }

    String categories(List<String> categories) {
        return json.strings(categories);
    }

    Article article(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        String what = "article " + id;
        return new Article(id, row.getLong("source_id"), row.getString("url"), row.getString("identity"),
                origin(row.getString("origin"), what), Columns.instant(row, "fetched_at"), row.getInt("version"),
                json.strings(row.getString("categories"), "the categories of " + what), content(row, what));
    }

    ArticleVersion version(ResultSet row) throws SQLException {
        long articleId = row.getLong("article_id");
        int version = row.getInt("version");
        String what = "version " + version + " of article " + articleId;
        return new ArticleVersion(articleId, version, Columns.instant(row, "fetched_at"), content(row, what));
    }

    private ArticleContent content(ResultSet row, String what) throws SQLException {
        String imageUrl = row.getString("lead_image_url");
        Image image = imageUrl == null ? null
                : new Image(imageUrl, row.getString("lead_image_caption"), row.getString("lead_image_credit"));
        return new ArticleContent(
                row.getString("title"),
                json.strings(row.getString("authors"), "the authors of " + what),
                Columns.instantOrNull(row, "published_at"),
                Columns.instantOrNull(row, "updated_at"),
                row.getString("site_name"),
                row.getString("language"),
                row.getString("canonical_url"),
                image,
                row.getString("standfirst"),
                row.getString("body_html"),
                row.getString("body_text"),
                json.strings(row.getString("tags"), "the tags of " + what),
                row.getString("editor_note"),
                json.links(row.getString("related"), "the related links of " + what));
    }

    private static ContentOrigin origin(String name, String what) {
        try {
            return ContentOrigin.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new StoreException(Reason.CORRUPT, what + " has an unknown origin: " + name, e);
        }
    }
}
