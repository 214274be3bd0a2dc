-- App passwords are long random secrets, so a fast hash (SHA-256) protects them as well as Argon2 would and lets
-- each API request be checked cheaply. fever_key is the SHA-256 of Fever's api_key, md5("name:secret"), which Fever
-- clients send with every request instead of the secret.
CREATE TABLE app_passwords (
    id           ${id_column},
    reader_id    BIGINT  NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    label        TEXT    NOT NULL,
    secret_hash  TEXT    NOT NULL,
    fever_key    TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    last_used_at BIGINT,
    CONSTRAINT app_passwords_secret_hash_unique UNIQUE (secret_hash),
    CONSTRAINT app_passwords_fever_key_unique UNIQUE (fever_key)
);

CREATE INDEX app_passwords_reader ON app_passwords (reader_id);

-- Browser sessions and API sessions (app_password_id set: they end with their app password). Only a hash of the
-- session token is kept, so a copy of the database opens no session.
CREATE TABLE sessions (
    id              ${id_column},
    token_hash      TEXT    NOT NULL,
    reader_id       BIGINT  NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    app_password_id BIGINT  REFERENCES app_passwords (id) ON DELETE CASCADE,
    csrf_token      TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    last_seen_at    BIGINT  NOT NULL,
    expires_at      BIGINT  NOT NULL,
    address         TEXT,
    user_agent      TEXT,
    CONSTRAINT sessions_token_hash_unique UNIQUE (token_hash)
);

CREATE INDEX sessions_reader ON sessions (reader_id);
CREATE INDEX sessions_app_password ON sessions (app_password_id);
CREATE INDEX sessions_expires_at ON sessions (expires_at);
