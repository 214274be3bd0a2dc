-- The categories and tags of each article, one row a label, so pages can list and count by label with the same
-- SQL on both backends. label keeps the spelling first seen; label_key is the lower-cased form pages look up.
CREATE TABLE article_labels (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind       TEXT   NOT NULL,
    label      TEXT   NOT NULL,
    label_key  TEXT   NOT NULL,
    shown_at   BIGINT NOT NULL,
    CONSTRAINT article_labels_unique UNIQUE (article_id, kind, label_key)
);

CREATE INDEX article_labels_by_key ON article_labels (kind, label_key, shown_at, article_id);
