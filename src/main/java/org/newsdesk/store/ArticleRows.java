package org.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
    static final List<String> ARTICLE_COLUMNS = List.of(ARTICLE.split(", "));
    /** The positions of {@link #ARTICLE_COLUMNS} in a row that starts with them. */
    private static final int[] IN_ORDER = sequence(1, ARTICLE_COLUMNS.size());
    /** The article columns qualified by a table alias, for joins. */
    static String articleColumns(String alias) {
        StringBuilder out = new StringBuilder();
        for (String column : ARTICLE_COLUMNS) {
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
        return article(row, positions(row, ARTICLE_COLUMNS));
    }

    /**
     * An article from the columns of {@link #ARTICLE} in that order, the first at {@code first}: for the reads that
     * know where their columns are, which spares looking each up by name.
     */
    Article article(ResultSet row, int first) throws SQLException {
        return article(row, first == 1 ? IN_ORDER : sequence(first, ARTICLE_COLUMNS.size()));
    }

    ArticleVersion version(ResultSet row) throws SQLException {
        long articleId = row.getLong("article_id");
        int version = row.getInt("version");
        String what = "version " + version + " of article " + articleId;
        return new ArticleVersion(articleId, version, Columns.instant(row, "fetched_at"),
                content(row, positions(row, CONTENT_COLUMNS), 0, what));
    }

    /** @param at where each column of {@link #ARTICLE} is in the row, in that order */
    private Article article(ResultSet row, int[] at) throws SQLException {
        long id = row.getLong(at[0]);
        String what = "article " + id;
        return new Article(id, row.getLong(at[1]), row.getString(at[2]), row.getString(at[3]),
                origin(row.getString(at[4]), what), Instant.ofEpochMilli(row.getLong(at[5])), row.getInt(at[6]),
                json.strings(row.getString(at[7]), "the categories of " + what), content(row, at, 8, what));
    }

    /** @param at where each column of {@link #CONTENT_COLUMNS} is in the row, in that order, from {@code from} */
    private ArticleContent content(ResultSet row, int[] at, int from, String what) throws SQLException {
        String imageUrl = row.getString(at[from + 7]);
        Image image = imageUrl == null ? null
                : new Image(imageUrl, row.getString(at[from + 8]), row.getString(at[from + 9]));
        return new ArticleContent(
                row.getString(at[from]),
                json.strings(row.getString(at[from + 1]), "the authors of " + what),
                Columns.instantOrNull(row, at[from + 2]),
                Columns.instantOrNull(row, at[from + 3]),
                row.getString(at[from + 4]),
                row.getString(at[from + 5]),
                row.getString(at[from + 6]),
                image,
                row.getString(at[from + 10]),
                row.getString(at[from + 11]),
                row.getString(at[from + 12]),
                json.strings(row.getString(at[from + 13]), "the tags of " + what),
                row.getString(at[from + 14]),
                json.links(row.getString(at[from + 15]), "the related links of " + what));
    }

    private static int[] positions(ResultSet row, List<String> columns) throws SQLException {
        int[] at = new int[columns.size()];
        for (int i = 0; i < at.length; i++) at[i] = row.findColumn(columns.get(i));
        return at;
    }

    private static int[] sequence(int first, int count) {
        int[] at = new int[count];
        for (int i = 0; i < count; i++) at[i] = first + i;
        return at;
    }

    private static ContentOrigin origin(String name, String what) {
        try {
            return ContentOrigin.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new StoreException(Reason.CORRUPT, what + " has an unknown origin: " + name, e);
        }
    }
}
