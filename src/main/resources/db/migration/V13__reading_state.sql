-- Reading state stays small however many articles there are: per reader and source, a marker says "every article
-- up to this id is read", and two exception sets hold what differs from it. An article is read when its id is at
-- or below the marker and it is not an unread exception, or when it is a read exception. Article ids only grow
-- within a source (the id columns never reuse an id), so "mark all as read" moves one marker.
--
-- Invariants kept by ReadingStateStore: read exceptions lie above their marker, unread exceptions at or below it.

CREATE INDEX articles_by_source_and_id ON articles (source_id, id);

-- No row: nothing read by marker (read_through 0).
CREATE TABLE read_markers (
    reader_id    BIGINT NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    source_id    BIGINT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    read_through BIGINT NOT NULL,
    PRIMARY KEY (reader_id, source_id)
);

CREATE INDEX read_markers_source ON read_markers (source_id);

CREATE TABLE read_exceptions (
    reader_id  BIGINT NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (reader_id, article_id)
);

CREATE INDEX read_exceptions_article ON read_exceptions (article_id);

CREATE TABLE unread_exceptions (
    reader_id  BIGINT NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (reader_id, article_id)
);

CREATE INDEX unread_exceptions_article ON unread_exceptions (article_id);

CREATE TABLE stars (
    reader_id  BIGINT NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    starred_at BIGINT NOT NULL,
    PRIMARY KEY (reader_id, article_id)
);

CREATE INDEX stars_article ON stars (article_id);
