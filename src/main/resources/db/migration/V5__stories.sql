-- Stories: coverage of one event. story_key is the clusterer's id for the story (its founding article's id), so a
-- replay of the stream after a restart finds the same keys. The summary columns are kept up to date as articles
-- join, so the front page ranks stories with one indexed query.
CREATE TABLE stories (
    story_key       TEXT    NOT NULL PRIMARY KEY,
    title           TEXT    NOT NULL,
    lead_article_id BIGINT  NOT NULL,
    first_seen      BIGINT  NOT NULL,
    last_updated    BIGINT  NOT NULL,
    article_count   INTEGER NOT NULL,
    source_count    INTEGER NOT NULL,
    rank_at         BIGINT  NOT NULL
);

CREATE INDEX stories_rank ON stories (rank_at, story_key);

-- Which story each article belongs to, and the original it copies when it is a syndicated copy.
CREATE TABLE article_stories (
    article_id BIGINT  NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_key  TEXT    NOT NULL,
    copy_of    BIGINT,
    pinned     INTEGER NOT NULL
);

CREATE INDEX article_stories_by_story ON article_stories (story_key);
CREATE INDEX article_stories_by_original ON article_stories (copy_of);
