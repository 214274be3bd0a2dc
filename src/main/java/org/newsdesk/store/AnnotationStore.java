package org.newsdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Annotations;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleFilter;
import org.newsdesk.domain.Entity;
import org.newsdesk.domain.EntityType;
import org.newsdesk.domain.Quote;
import org.newsdesk.domain.SaidQuote;

/** What the understanding stage found in each article, and the quotes by speaker. Thread-safe. */
public final class AnnotationStore {

    private final Database database;
    private final ArticleStore articles;
    private final JsonLists lists = new JsonLists();
    private final ObjectMapper mapper = new ObjectMapper();

    public AnnotationStore(Database database, ArticleStore articles) {
        this.database = Objects.requireNonNull(database, "database");
        this.articles = Objects.requireNonNull(articles, "articles");
    }

    /** Keeps an article's annotations in place of any earlier ones; its tags and categories become labels. */
    public void save(long articleId, Annotations a) {
        Objects.requireNonNull(a, "annotations");
        database.write("storing the annotations of article " + articleId, handle -> {
            Article article = articles.find(handle, articleId)
                    .orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND, "there is no article " + articleId));
            handle.createUpdate("DELETE FROM article_annotations WHERE article_id = :id").bind("id", articleId).execute();
            handle.createUpdate("DELETE FROM quotes WHERE article_id = :id").bind("id", articleId).execute();
            handle.createUpdate("INSERT INTO article_annotations (article_id, language, entities, tags, categories, summary, "
                            + "embedding) VALUES (:id, :language, :entities, :tags, :categories, :summary, :embedding)")
                    .bind("id", articleId)
                    .bind("language", Columns.text(a.language()))
                    .bind("entities", entities(a.entities()))
                    .bind("tags", lists.strings(a.tags()))
                    .bind("categories", lists.strings(a.categories()))
                    .bind("summary", lists.strings(a.summary()))
                    .bind("embedding", vector(a.embedding()))
                    .execute();
            if (!a.quotes().isEmpty()) {
                var batch = handle.prepareBatch("INSERT INTO quotes (article_id, position, speaker, speaker_key, text, verb, "
                        + "reported, shown_at) VALUES (:id, :position, :speaker, :key, :text, :verb, :reported, :shown_at)");
                for (int i = 0; i < a.quotes().size(); i++) {
                    Quote q = a.quotes().get(i);
                    batch.bind("id", articleId).bind("position", i).bind("speaker", Columns.text(q.speaker()))
                            .bind("key", ArticleFilter.key(q.speaker())).bind("text", Columns.text(q.text()))
                            .bind("verb", Columns.text(q.verb())).bind("reported", q.reported() ? 1 : 0)
                            .bind("shown_at", article.shownAt().toEpochMilli()).add();
                }
                batch.execute();
            }
            ArticleLabels.write(handle, article, a.categories(), a.tags());
            return null;
        });
    }

    /** An article's annotations, read with {@link #columns}, without quotes. */
    private static final String ANNOTATIONS = "SELECT " + columns("n") + " FROM article_annotations n WHERE article_id = ?";

    public Optional<Annotations> find(long articleId) {
        return database.readKept("reading the annotations of article " + articleId, statements -> {
            // Their row first, so that an article without annotations costs one query.
            PreparedStatement query = statements.prepared(ANNOTATIONS);
            query.setLong(1, articleId);
            Annotations found;
            try (ResultSet row = query.executeQuery()) {
                found = row.next() ? annotations(row, 1) : null;
            }
            return Optional.ofNullable(found == null ? null : withQuotes(statements, articleId, found));
        });
    }

    /** The annotation columns of the table under an alias, named apart from the articles' columns. */
    static String columns(String alias) {
        return alias + ".language AS n_language, " + alias + ".entities AS n_entities, " + alias + ".tags AS n_tags, "
                + alias + ".categories AS n_categories, " + alias + ".summary AS n_summary, " + alias
                + ".embedding AS n_embedding";
    }

    /**
     * The annotations of a row read with {@link #columns}, without quotes, from its first column at {@code first};
     * null when the row had none.
     */
    @Nullable Annotations annotations(ResultSet row, int first) throws SQLException {
        String language = row.getString(first);
        if (language == null) return null;
        return new Annotations(language, entities(row.getString(first + 1)),
                lists.strings(row.getString(first + 2), "tags"), lists.strings(row.getString(first + 3), "categories"),
                List.of(), lists.strings(row.getString(first + 4), "summary"), vector(row.getString(first + 5)));
    }

    /** An article's quotes in order. */
    private static final String QUOTES = "SELECT speaker, text, verb, reported FROM quotes WHERE article_id = ? ORDER BY position";

    /** The annotations with the article's quotes, read through the kept statements of the read they belong to. */
    static Annotations withQuotes(KeptStatements.Lent statements, long articleId, Annotations a) throws SQLException {
        PreparedStatement query = statements.prepared(QUOTES);
        query.setLong(1, articleId);
        List<Quote> quotes = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) quotes.add(new Quote(row.getString(1), row.getString(2), row.getString(3), row.getInt(4) == 1));
        }
        return quotes.isEmpty() ? a
                : new Annotations(a.language(), a.entities(), a.tags(), a.categories(), quotes, a.summary(), a.embedding());
    }

    /** What a speaker said, newest first, across sources. */
    public List<SaidQuote> quotesBy(String speaker, int limit) {
        Limits.requirePositive(limit, "limit");
        return database.read("listing quotes by a speaker", handle -> handle.createQuery(
                        "SELECT article_id, speaker, text, verb, reported, shown_at FROM quotes WHERE speaker_key = :key "
                                + "ORDER BY shown_at DESC, article_id DESC, position LIMIT :limit")
                .bind("key", ArticleFilter.key(speaker))
                .bind("limit", limit)
                .map((row, ctx) -> new SaidQuote(row.getLong("article_id"), new Quote(row.getString("speaker"),
                        row.getString("text"), row.getString("verb"), row.getInt("reported") == 1),
                        Instant.ofEpochMilli(row.getLong("shown_at"))))
                .list());
    }

    private String entities(List<Entity> entities) {
        ArrayNode array = mapper.createArrayNode();
        for (Entity e : entities) {
            var node = array.addObject().put("name", Columns.text(e.name())).put("type", e.type().name()).put("mentions", e.mentions());
            var aliases = node.putArray("aliases");
            e.aliases().forEach(alias -> aliases.add(Columns.text(alias)));
        }
        return array.toString();
    }

    private List<Entity> entities(String json) {
        List<Entity> entities = new ArrayList<>();
        try {
            for (JsonNode node : mapper.readTree(json)) {
                List<String> aliases = new ArrayList<>();
                node.get("aliases").forEach(alias -> aliases.add(alias.textValue()));
                entities.add(new Entity(node.get("name").textValue(), EntityType.valueOf(node.get("type").textValue()),
                        node.get("mentions").intValue(), aliases));
            }
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException(StoreException.Reason.CORRUPT, "the entities of an article are not as Newsdesk writes them", e);
        }
        return entities;
    }

    private static String vector(float[] v) {
        ByteBuffer bytes = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) bytes.putFloat(x);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    private static float[] vector(String text) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(text)).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[bytes.remaining() / Float.BYTES];
        for (int i = 0; i < v.length; i++) v[i] = bytes.getFloat();
        return v;
    }
}
