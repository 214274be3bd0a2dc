-- Readers and what admins decide about them. Same conventions as V1: times in epoch milliseconds, ${id_column} for
-- auto-numbered keys.

-- name_key is the name folded for comparison (case, Unicode compatibility forms), so "Ana" and "ana" are one name.
CREATE TABLE readers (
    id                  ${id_column},
    name                TEXT    NOT NULL,
    name_key            TEXT    NOT NULL,
    role                TEXT    NOT NULL,
    password_hash       TEXT    NOT NULL,
    created_at          BIGINT  NOT NULL,
    password_changed_at BIGINT  NOT NULL,
    CONSTRAINT readers_name_key_unique UNIQUE (name_key)
);

-- Only a hash of an invitation's token is kept: the token is the key to a new account.
CREATE TABLE invites (
    id         ${id_column},
    token_hash TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    created_by BIGINT  REFERENCES readers (id) ON DELETE SET NULL,
    created_at BIGINT  NOT NULL,
    expires_at BIGINT  NOT NULL,
    used_at    BIGINT,
    used_by    BIGINT  REFERENCES readers (id) ON DELETE SET NULL,
    CONSTRAINT invites_token_hash_unique UNIQUE (token_hash)
);

-- A ban keeps a reader from commenting; ends_at null means until an admin lifts it.
CREATE TABLE bans (
    reader_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES readers (id) ON DELETE CASCADE,
    banned_by  BIGINT  REFERENCES readers (id) ON DELETE SET NULL,
    reason     TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    ends_at    BIGINT
);

-- Site-wide switches an admin sets at run time (public mode), one row each.
CREATE TABLE settings (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
