package org.newsdesk.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.StoryMember;
import org.newsdesk.domain.StorySummary;

/** Stories and their articles. Thread-safe. */
public final class StoryStore {

    /** How much a story's rank gains per extra source covering it: breadth counts like this much recency. */
    static final Duration BREADTH_BONUS = Duration.ofHours(3);

    private final Database database;
    private final ArticleRows rows = new ArticleRows();
    private final StoryNumbers numbers = new StoryNumbers();

    public StoryStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Records where the clusterer put an article: its story, the original it copies, and the stories found to be
     * the same event (their articles move to the article's story). Summaries of every touched story are refreshed.
     */
    public void assign(StoryMember member, List<String> mergedKeys, @Nullable Long formerOriginal) {
        database.write("placing article " + member.articleId() + " in a story", handle -> {
            int pinned = handle.createQuery("SELECT COUNT(*) FROM article_stories WHERE article_id = :id AND pinned = 1")
                    .bind("id", member.articleId()).mapTo(Integer.class).one();
            handle.createUpdate("DELETE FROM article_stories WHERE article_id = :id").bind("id", member.articleId()).execute();
            handle.createUpdate("INSERT INTO article_stories (article_id, story_key, copy_of, pinned) VALUES (:id, :key, :copy, :pinned)")
                    .bind("id", member.articleId()).bind("key", member.storyKey()).bind("copy", member.copyOf())
                    .bind("pinned", pinned > 0 ? 1 : 0).execute();
            if (formerOriginal != null) {
                // The article credited until now, and its copies, now copy this one.
                handle.createUpdate("UPDATE article_stories SET copy_of = :new WHERE copy_of = :old OR article_id = :old")
                        .bind("new", member.articleId()).bind("old", formerOriginal).execute();
            }
            for (String gone : mergedKeys) {
                handle.createUpdate("UPDATE article_stories SET story_key = :key WHERE story_key = :gone")
                        .bind("key", member.storyKey()).bind("gone", gone).execute();
                handle.createUpdate("DELETE FROM stories WHERE story_key = :gone").bind("gone", gone).execute();
                numbers.merge(handle, gone, member.storyKey());
            }
            numbers.revive(handle, member.storyKey());
            refresh(handle, member.storyKey());
            return null;
        });
    }

    /**
     * An admin's decision: the article belongs to this story (an existing one, or a new one of its own), and stays
     * there whatever the clusterer would say. Both stories' summaries are refreshed.
     */
    public void pin(long articleId, String storyKey) {
        database.write("moving article " + articleId + " to story " + storyKey, handle -> {
            String from = handle.createQuery("SELECT story_key FROM article_stories WHERE article_id = :id")
                    .bind("id", articleId).mapTo(String.class).findOne()
                    .orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND, "article " + articleId + " is in no story"));
            handle.createUpdate("UPDATE article_stories SET story_key = :key, pinned = 1, copy_of = NULL WHERE article_id = :id")
                    .bind("key", storyKey).bind("id", articleId).execute();
            handle.createUpdate("UPDATE article_stories SET copy_of = NULL WHERE copy_of = :id AND story_key <> :key")
                    .bind("id", articleId).bind("key", storyKey).execute();
            refresh(handle, from);
            refresh(handle, storyKey);
            return null;
        });
    }

    /** The admins' decisions, to give the clusterer again after a restart. */
    public List<StoryMember> pinned() {
        return database.read("listing pinned articles", handle -> handle.createQuery(
                        "SELECT article_id, story_key, copy_of FROM article_stories WHERE pinned = 1 ORDER BY article_id")
                .map((row, ctx) -> member(row)).list());
    }

    /**
     * The story's number, for what hangs on it from outside (comments): given on first use and kept for good, while
     * the key itself may merge away (see V16). A merged key's number still names it, and {@link #keyOf} follows it.
     */
    public long number(String key) {
        Objects.requireNonNull(key, "key");
        // Read first: a story is numbered once, and viewed many times.
        Optional<Long> known = database.read("finding the number of story " + key, handle -> numbers.find(handle, key));
        return known.orElseGet(() -> database.write("numbering story " + key, handle -> numbers.number(handle, key)));
    }

    /** The story a number names now: its own key, or the key its story merged into. */
    public Optional<String> keyOf(long number) {
        return database.read("finding story number " + number, handle -> numbers.keyOf(handle, number));
    }

    /** Where a key lives now: itself, or the story it merged into; empty when the key never had a number. */
    public Optional<String> currentKey(String key) {
        return database.read("following story " + key, handle -> numbers.currentKey(handle, key));
    }

    /** The stories' numbers by key, for those that have one: for counting comments on story cards. */
    public java.util.Map<String, Long> numbers(java.util.Collection<String> keys) {
        return database.read("listing story numbers", handle -> numbers.numbers(handle, List.copyOf(keys)));
    }

    public Optional<StorySummary> find(String key) {
        return database.read("finding a story", handle -> handle.createQuery(SELECT + "WHERE story_key = :key")
                .bind("key", key).map((row, ctx) -> summary(row)).findOne());
    }

    /** Stories by recency and breadth of coverage, best first; only stories of at least {@code minArticles}. */
    public List<StorySummary> ranked(int limit, int offset, int minArticles) {
        Limits.requirePositive(limit, "limit");
        return database.read("ranking stories", handle -> handle.createQuery(SELECT
                        + "WHERE article_count >= :min ORDER BY rank_at DESC, story_key LIMIT :limit OFFSET :offset")
                .bind("min", minArticles).bind("limit", limit).bind("offset", offset)
                .map((row, ctx) -> summary(row)).list());
    }

    /**
     * Stories by recency and breadth of coverage, best first, that at least one article of the reader's sources
     * covers; only stories of at least {@code minArticles} (counting every source).
     */
    public List<StorySummary> ranked(ReaderSources lens, int limit, int minArticles) {
        Limits.requirePositive(limit, "limit");
        return database.read("ranking a reader's stories", handle -> handle.createQuery(SELECT
                        + "WHERE article_count >= :min AND EXISTS (SELECT 1 FROM article_stories ls2 JOIN articles a "
                        + "ON a.id = ls2.article_id WHERE ls2.story_key = stories.story_key AND " + lens.condition("a")
                        + ") ORDER BY rank_at DESC, story_key LIMIT :limit")
                .bind("min", minArticles).bind("limit", limit).bind("lens_reader", lens.readerId())
                .map((row, ctx) -> summary(row)).list());
    }

    public Optional<StoryMember> memberOf(long articleId) {
        return database.read("finding an article's story", handle -> handle.createQuery(
                        "SELECT article_id, story_key, copy_of FROM article_stories WHERE article_id = :id")
                .bind("id", articleId).map((row, ctx) -> member(row)).findOne());
    }

    /** The story's articles, newest first, copies included (see {@link #members}). */
    public List<Article> articles(String key) {
        return database.read("listing a story's articles", handle -> handle.createQuery("SELECT " + ArticleRows.articleColumns("a")
                        + " FROM article_stories s JOIN articles a ON a.id = s.article_id WHERE s.story_key = :key "
                        + "ORDER BY a.shown_at DESC, a.id DESC")
                .bind("key", key).map((row, ctx) -> rows.article(row)).list());
    }

    public List<StoryMember> members(String key) {
        return database.read("listing a story's members", handle -> handle.createQuery(
                        "SELECT article_id, story_key, copy_of FROM article_stories WHERE story_key = :key ORDER BY article_id")
                .bind("key", key).map((row, ctx) -> member(row)).list());
    }

    /** The articles that copy this one: "also published by". */
    public List<Article> copiesOf(long articleId) {
        return database.read("listing copies", handle -> handle.createQuery("SELECT " + ArticleRows.articleColumns("a")
                        + " FROM article_stories s JOIN articles a ON a.id = s.article_id WHERE s.copy_of = :id ORDER BY a.shown_at")
                .bind("id", articleId).map((row, ctx) -> rows.article(row)).list());
    }

    public long count() {
        return database.read("counting stories", handle -> handle.createQuery("SELECT COUNT(*) FROM stories").mapTo(Long.class).one());
    }

    private static final String SELECT = "SELECT story_key, title, lead_article_id, first_seen, last_updated, article_count, "
            + "source_count FROM stories ";

    /** Recomputes a story's summary from its articles: title from its earliest original, counts, times, rank. */
    private void refresh(Handle handle, String key) {
        var stats = handle.createQuery("SELECT COUNT(*) AS n, COUNT(DISTINCT a.source_id) AS sources, MIN(a.shown_at) AS first, "
                        + "MAX(a.shown_at) AS last FROM article_stories s JOIN articles a ON a.id = s.article_id WHERE s.story_key = :key")
                .bind("key", key).mapToMap().one();
        long n = ((Number) stats.get("n")).longValue();
        handle.createUpdate("DELETE FROM stories WHERE story_key = :key").bind("key", key).execute();
        if (n == 0) return;
        var lead = handle.createQuery("SELECT a.id, a.title FROM article_stories s JOIN articles a ON a.id = s.article_id "
                        + "WHERE s.story_key = :key ORDER BY CASE WHEN s.copy_of IS NULL THEN 0 ELSE 1 END, a.shown_at, a.id LIMIT 1")
                .bind("key", key).mapToMap().one();
        int sources = ((Number) stats.get("sources")).intValue();
        long last = ((Number) stats.get("last")).longValue();
        handle.createUpdate("INSERT INTO stories (story_key, title, lead_article_id, first_seen, last_updated, article_count, "
                        + "source_count, rank_at) VALUES (:key, :title, :lead, :first, :last, :n, :sources, :rank)")
                .bind("key", key).bind("title", (String) lead.get("title")).bind("lead", ((Number) lead.get("id")).longValue())
                .bind("first", ((Number) stats.get("first")).longValue()).bind("last", last).bind("n", (int) n)
                .bind("sources", sources).bind("rank", last + (sources - 1) * BREADTH_BONUS.toMillis())
                .execute();
    }

    private static StorySummary summary(java.sql.ResultSet row) throws java.sql.SQLException {
        return new StorySummary(row.getString("story_key"), row.getString("title"), row.getLong("lead_article_id"),
                Instant.ofEpochMilli(row.getLong("first_seen")), Instant.ofEpochMilli(row.getLong("last_updated")),
                row.getInt("article_count"), row.getInt("source_count"));
    }

    private static StoryMember member(java.sql.ResultSet row) throws java.sql.SQLException {
        long copy = row.getLong("copy_of");
        Long copyOf = row.wasNull() ? null : copy; // before any other column is read: wasNull speaks of the last one
        return new StoryMember(row.getLong("article_id"), row.getString("story_key"), copyOf);
    }
}
