-- A number for each story key, for what hangs on a story from outside (comments). A story's key is the clusterer's
-- name for it and disappears when the story merges into another, and an admin's split makes a new key; the number
-- stays with its key for good. When a story merges away, merged_into names the key it went to, so old links and
-- comments follow it. (V16, not V15: leaves room for a parallel branch's V15.)
CREATE TABLE story_numbers (
    id          ${id_column},
    story_key   TEXT NOT NULL,
    merged_into TEXT,
    CONSTRAINT story_numbers_key_unique UNIQUE (story_key)
);
