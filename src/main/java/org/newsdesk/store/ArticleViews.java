package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Annotations;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.StoryMember;

/**
 * What an article page shows from the store, read on one connection: the article with the related articles kept
 * for it, its annotations and its place in a story in one query, then the related articles' teasers, and the
 * quotes only for an annotated article. Each query costs more in preparing and in taking a connection than in
 * reading the few rows it finds: one page made seven of them. Thread-safe.
 */
public final class ArticleViews {

    /**
     * An article as its page shows it.
     *
     * @param related        the ids kept, best first; null when none have been found for it yet
     * @param relatedTeasers teasers of the first related articles asked for that still exist, best first
     * @param annotations    null when the article was not annotated
     * @param member         its place in a story; null when it has none
     */
    public record ArticleView(Article article, @Nullable List<Long> related, List<ArticleTeaser> relatedTeasers,
                              @Nullable Annotations annotations, @Nullable StoryMember member) {
        public ArticleView {
            Objects.requireNonNull(article, "article");
            if (related != null) related = List.copyOf(related);
            relatedTeasers = List.copyOf(relatedTeasers);
        }
    }

    /** The article with its kept related ids, its place in a story and its annotations, in this order. */
    private static final String ARTICLE = "SELECT " + ArticleRows.articleColumns("a")
            + ", r.related_ids, s.story_key, s.copy_of, " + AnnotationStore.columns("n")
            + " FROM articles a LEFT JOIN related_articles r ON r.article_id = a.id"
            + " LEFT JOIN article_stories s ON s.article_id = a.id"
            + " LEFT JOIN article_annotations n ON n.article_id = a.id WHERE a.id = ?";
    private static final int RELATED_IDS = ArticleRows.ARTICLE_COLUMNS.size() + 1;
    private static final int STORY_KEY = RELATED_IDS + 1;
    private static final int COPY_OF = STORY_KEY + 1;
    private static final int ANNOTATIONS = COPY_OF + 1;

    private final Database database;
    private final AnnotationStore annotations;
    private final ArticleRows rows = new ArticleRows();

    public ArticleViews(Database database, AnnotationStore annotations) {
        this.database = Objects.requireNonNull(database, "database");
        this.annotations = Objects.requireNonNull(annotations, "annotations");
    }

    /**
     * The article and what its page shows with it.
     *
     * @param teasers how many of the kept related articles to read teasers of (a reader who hides sources needs more)
     */
    public Optional<ArticleView> find(long articleId, int teasers) {
        if (teasers < 0 || teasers > RelatedStore.MAX_KEPT) {
            throw new IllegalArgumentException("teasers must be 0 to " + RelatedStore.MAX_KEPT + ", was " + teasers);
        }
        // Through statements kept prepared: on SQLite, preparing these cost about as much as running them.
        return database.readKept("reading article " + articleId + " for its page", statements -> {
            PreparedStatement query = statements.prepared(ARTICLE);
            query.setLong(1, articleId);
            ArticleView view;
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) return Optional.empty();
                view = view(row, articleId);
            }
            List<Long> related = view.related() == null ? List.of()
                    : view.related().subList(0, Math.min(teasers, view.related().size()));
            Annotations annotated = view.annotations() == null ? null
                    : AnnotationStore.withQuotes(statements, articleId, view.annotations());
            return Optional.of(new ArticleView(view.article(), view.related(),
                    ArticleListing.teasers(statements, related), annotated, view.member()));
        });
    }

    /** The view of a row of {@link #ARTICLE}, without teasers or quotes. */
    private ArticleView view(ResultSet row, long articleId) throws SQLException {
        Article article = rows.article(row, 1);
        String ids = row.getString(RELATED_IDS);
        String story = row.getString(STORY_KEY);
        long copy = row.getLong(COPY_OF);
        Long copyOf = row.wasNull() ? null : copy; // wasNull speaks of the column read last
        return new ArticleView(article, ids == null ? null : RelatedStore.parse(ids, articleId), List.of(),
                annotations.annotations(row, ANNOTATIONS), story == null ? null : new StoryMember(articleId, story, copyOf));
    }
}
