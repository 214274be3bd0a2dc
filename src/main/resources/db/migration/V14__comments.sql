-- Comments on an article or on a story (stories arrive with clustering: story_id refers to nothing yet). Replies
-- go one level deep. A deleted comment keeps its row, without text, so that its replies keep their place.
CREATE TABLE comments (
    id         ${id_column},
    article_id BIGINT REFERENCES articles (id) ON DELETE CASCADE,
    story_id   BIGINT,
    parent_id  BIGINT REFERENCES comments (id) ON DELETE CASCADE,
    author_id  BIGINT NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    markdown   TEXT   NOT NULL,
    html       TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at  BIGINT,
    deleted_at BIGINT,
    hidden_at  BIGINT,
    hidden_by  BIGINT REFERENCES readers (id) ON DELETE SET NULL,
    CONSTRAINT comments_one_target CHECK ((article_id IS NULL AND story_id IS NOT NULL)
                                          OR (article_id IS NOT NULL AND story_id IS NULL))
);

CREATE INDEX comments_article ON comments (article_id, id);
CREATE INDEX comments_story ON comments (story_id, id);
CREATE INDEX comments_parent ON comments (parent_id);
CREATE INDEX comments_author ON comments (author_id, created_at);
