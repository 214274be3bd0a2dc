package org.newsdesk.store;

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
        return database.read("reading article " + articleId + " for its page", handle -> {
            Optional<ArticleView> found = handle.createQuery("SELECT " + ArticleRows.articleColumns("a")
                            + ", r.related_ids, s.story_key, s.copy_of, " + AnnotationStore.columns("n")
                            + " FROM articles a LEFT JOIN related_articles r ON r.article_id = a.id"
                            + " LEFT JOIN article_stories s ON s.article_id = a.id"
                            + " LEFT JOIN article_annotations n ON n.article_id = a.id WHERE a.id = :id")
                    .bind("id", articleId)
                    .map((row, ctx) -> {
                        String ids = row.getString("related_ids");
                        long copy = row.getLong("copy_of");
                        Long copyOf = row.wasNull() ? null : copy; // wasNull speaks of the column read last
                        String story = row.getString("story_key");
                        return new ArticleView(rows.article(row), ids == null ? null : RelatedStore.parse(ids, articleId),
                                List.of(), annotations.annotations(row),
                                story == null ? null : new StoryMember(articleId, story, copyOf));
                    })
                    .findOne();
            if (found.isEmpty()) return found;
            ArticleView view = found.get();
            List<Long> related = view.related() == null ? List.of()
                    : view.related().subList(0, Math.min(teasers, view.related().size()));
            Annotations annotated = view.annotations() == null ? null
                    : AnnotationStore.withQuotes(handle, articleId, view.annotations());
            return Optional.of(new ArticleView(view.article(), view.related(), ArticleListing.teasers(handle, related),
                    annotated, view.member()));
        });
    }
}
