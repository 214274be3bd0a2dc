-- Each reader follows sources in their own folders; the sources themselves are shared and fetched once.
CREATE TABLE folders (
    id        ${id_column},
    reader_id BIGINT NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    name      TEXT   NOT NULL,
    CONSTRAINT folders_reader_name_unique UNIQUE (reader_id, name)
);

-- title null: the source's own title.
CREATE TABLE subscriptions (
    reader_id  BIGINT NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    source_id  BIGINT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    folder_id  BIGINT REFERENCES folders (id) ON DELETE SET NULL,
    title      TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (reader_id, source_id)
);

CREATE INDEX subscriptions_source ON subscriptions (source_id);
CREATE INDEX subscriptions_folder ON subscriptions (folder_id);

-- Sources a reader does not want on shared pages (the public front page).
CREATE TABLE hidden_sources (
    reader_id BIGINT NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    source_id BIGINT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    PRIMARY KEY (reader_id, source_id)
);

CREATE INDEX hidden_sources_source ON hidden_sources (source_id);

CREATE TABLE saved_searches (
    id         ${id_column},
    reader_id  BIGINT NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    name       TEXT   NOT NULL,
    query      TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT saved_searches_reader_name_unique UNIQUE (reader_id, name)
);
