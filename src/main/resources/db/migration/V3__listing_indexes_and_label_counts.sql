-- Source pages and the Sources page list and count one source's articles newest first.
CREATE INDEX articles_source_shown_at ON articles (source_id, shown_at, id);

-- How many articles carry each label, kept up to date on every write, so topic lists never scan article_labels.
CREATE TABLE label_counts (
    kind      TEXT   NOT NULL,
    label_key TEXT   NOT NULL,
    label     TEXT   NOT NULL,
    count     BIGINT NOT NULL,
    CONSTRAINT label_counts_pk PRIMARY KEY (kind, label_key)
);

CREATE INDEX label_counts_by_count ON label_counts (kind, count);

INSERT INTO label_counts (kind, label_key, label, count)
SELECT kind, label_key, MIN(label), COUNT(*) FROM article_labels GROUP BY kind, label_key;
