package org.newsdesk.store;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;
import org.newsdesk.domain.ArticleScope;

/**
 * The SQL shared by the reading-state queries: whether an article is read for a reader (a marker plus exceptions,
 * see V13), and which articles a scope covers. Expects articles as {@code a}, the reader as {@code :reader} and the
 * reader's marker for the article's source joined as {@code m} ({@link #MARKER_JOIN}).
 */
final class ReadingSql {
    static final String ARTICLE_COLUMNS = Arrays.stream(ArticleRows.ARTICLE.split(", "))
            .map(c -> "a." + c).collect(Collectors.joining(", "));

    static final String MARKER_JOIN =
            " LEFT JOIN read_markers m ON m.reader_id = :reader AND m.source_id = a.source_id ";

    private static final String READ_EXCEPTION =
            "EXISTS (SELECT 1 FROM read_exceptions re WHERE re.reader_id = :reader AND re.article_id = a.id)";
    private static final String UNREAD_EXCEPTION =
            "EXISTS (SELECT 1 FROM unread_exceptions ue WHERE ue.reader_id = :reader AND ue.article_id = a.id)";

    /** Read: up to the marker and not an unread exception, or a read exception (which lie above the marker). */
    static final String READ = "((a.id <= COALESCE(m.read_through, 0) AND NOT " + UNREAD_EXCEPTION + ") OR "
            + READ_EXCEPTION + ")";

    /** The negation of {@link #READ}, written so each branch needs one exception lookup. */
    static final String UNREAD = "((a.id > COALESCE(m.read_through, 0) AND NOT " + READ_EXCEPTION + ") OR "
            + "(a.id <= COALESCE(m.read_through, 0) AND " + UNREAD_EXCEPTION + "))";

    static final String STARRED =
            "EXISTS (SELECT 1 FROM stars st WHERE st.reader_id = :reader AND st.article_id = a.id)";

    /** Every source but those the reader hides from shared pages. */
    static final String NOT_HIDDEN =
            "a.source_id NOT IN (SELECT hs.source_id FROM hidden_sources hs WHERE hs.reader_id = :reader)";

    static final String SUBSCRIBED =
            "a.source_id IN (SELECT sub.source_id FROM subscriptions sub WHERE sub.reader_id = :reader)";

    static final String STATE_COLUMNS = "CASE WHEN " + READ + " THEN 1 ELSE 0 END AS is_read, CASE WHEN " + STARRED
            + " THEN 1 ELSE 0 END AS is_starred";

    private ReadingSql() {}

    /** The condition on {@code a} a scope stands for; bind it with {@link #bindScope}. */
    static String scope(ArticleScope scope) {
        return switch (scope) {
            case ArticleScope.Subscribed s -> SUBSCRIBED;
            case ArticleScope.Everything e -> NOT_HIDDEN;
            case ArticleScope.OfSource s -> "a.source_id = :scope_source";
            case ArticleScope.InFolder f -> "a.source_id IN (SELECT sf.source_id FROM subscriptions sf "
                    + "WHERE sf.reader_id = :reader AND sf.folder_id = :scope_folder)";
            case ArticleScope.InCategory c ->
                    "a.source_id IN (SELECT sc.id FROM sources sc WHERE sc.category = :scope_category)";
            case ArticleScope.Starred s -> STARRED;
            case ArticleScope.Articles list -> list.articleIds().isEmpty() ? "1 = 0" : "a.id IN (<scope_ids>)";
        };
    }

    static <S extends SqlStatement<S>> S bindScope(S statement, ArticleScope scope) {
        return switch (scope) {
            case ArticleScope.OfSource s -> statement.bind("scope_source", s.sourceId());
            case ArticleScope.InFolder f -> statement.bind("scope_folder", f.folderId());
            case ArticleScope.InCategory c -> statement.bind("scope_category", Columns.text(c.category()));
            case ArticleScope.Articles list when !list.articleIds().isEmpty() ->
                    statement.bindList("scope_ids", list.articleIds());
            default -> statement;
        };
    }
}
