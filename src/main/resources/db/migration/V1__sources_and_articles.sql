-- One schema for SQLite and PostgreSQL. Times are epoch milliseconds and durations seconds (BIGINT), so both
-- backends compare and sort them alike; lists are JSON text. ${id_column} is the auto-numbered primary key, the one
-- thing the two spell differently (see Dialect).

CREATE TABLE sources (
    id              ${id_column},
    feed_url        TEXT    NOT NULL,
    site_url        TEXT,
    title           TEXT    NOT NULL,
    category        TEXT,
    created_at      BIGINT  NOT NULL,
    state           TEXT    NOT NULL,
    last_fetched_at BIGINT,
    last_success_at BIGINT,
    next_poll_at    BIGINT  NOT NULL,
    interval_s      BIGINT  NOT NULL,
    etag            TEXT,
    last_modified   TEXT,
    failures        INTEGER NOT NULL,
    last_error      TEXT,
    CONSTRAINT sources_feed_url_unique UNIQUE (feed_url)
);

CREATE INDEX sources_next_poll_at ON sources (next_poll_at, id);

-- fetched_at is when the article was first fetched and never changes, so an article without a publication date
-- keeps its place in the river; content_fetched_at is when the current text was fetched.
CREATE TABLE articles (
    id                 ${id_column},
    source_id          BIGINT  NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    url                TEXT    NOT NULL,
    canonical_url      TEXT,
    identity           TEXT    NOT NULL,
    origin             TEXT    NOT NULL,
    fetched_at         BIGINT  NOT NULL,
    content_fetched_at BIGINT  NOT NULL,
    published_at       BIGINT,
    updated_at         BIGINT,
    shown_at           BIGINT  NOT NULL,
    version            INTEGER NOT NULL,
    categories         TEXT    NOT NULL,
    title              TEXT    NOT NULL,
    authors            TEXT    NOT NULL,
    site_name          TEXT,
    language           TEXT,
    standfirst         TEXT,
    body_html          TEXT    NOT NULL,
    body_text          TEXT    NOT NULL,
    lead_image_url     TEXT,
    lead_image_caption TEXT,
    lead_image_credit  TEXT,
    tags               TEXT    NOT NULL,
    editor_note        TEXT,
    related            TEXT    NOT NULL,
    CONSTRAINT articles_source_identity_unique UNIQUE (source_id, identity)
);

CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_canonical_url ON articles (canonical_url);
CREATE INDEX articles_shown_at ON articles (shown_at, id);

-- Earlier texts of an article; the current one stays in articles.
CREATE TABLE article_versions (
    article_id         BIGINT  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    version            INTEGER NOT NULL,
    origin             TEXT    NOT NULL,
    fetched_at         BIGINT  NOT NULL,
    canonical_url      TEXT,
    published_at       BIGINT,
    updated_at         BIGINT,
    title              TEXT    NOT NULL,
    authors            TEXT    NOT NULL,
    site_name          TEXT,
    language           TEXT,
    standfirst         TEXT,
    body_html          TEXT    NOT NULL,
    body_text          TEXT    NOT NULL,
    lead_image_url     TEXT,
    lead_image_caption TEXT,
    lead_image_credit  TEXT,
    tags               TEXT    NOT NULL,
    editor_note        TEXT,
    related            TEXT    NOT NULL,
    PRIMARY KEY (article_id, version)
);
