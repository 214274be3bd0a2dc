-- What the understanding stage found in each article; lists are JSON text, the embedding base64 of float32s.
CREATE TABLE article_annotations (
    article_id BIGINT NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    language   TEXT   NOT NULL,
    entities   TEXT   NOT NULL,
    tags       TEXT   NOT NULL,
    categories TEXT   NOT NULL,
    summary    TEXT   NOT NULL,
    embedding  TEXT   NOT NULL
);

-- Who said what, one row a quote, so a person's page can list what they said across sources.
CREATE TABLE quotes (
    article_id  BIGINT  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    speaker     TEXT    NOT NULL,
    speaker_key TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    verb        TEXT    NOT NULL,
    reported    INTEGER NOT NULL,
    shown_at    BIGINT  NOT NULL
);

CREATE INDEX quotes_by_speaker ON quotes (speaker_key, shown_at);
CREATE INDEX quotes_by_article ON quotes (article_id, position);
