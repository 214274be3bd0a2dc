-- Each article's related articles, found ahead of reading ("more like this" in the search index, after the commit
-- that made the article searchable) so that an article page reads them instead of searching. related_ids lists up
-- to 20 article ids, best first, comma-separated: a page shows five, and a reader who hides sources still gets five.
-- An article without a row has none found yet (new, or stored before this table): it is found in the background.
-- (V17: leaves V15 to the parallel branch V16 left it for.)
CREATE TABLE related_articles (
    article_id  BIGINT NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    related_ids TEXT   NOT NULL,
    found_at    BIGINT NOT NULL
);
