-- Snippets are immutable: rows are inserted once (the id is a hash of code and title), never updated.
CREATE TABLE snippets (
    id             VARCHAR(32)  NOT NULL PRIMARY KEY,
    code           TEXT         NOT NULL,
    title          TEXT         NOT NULL,
    engine_version VARCHAR(64)  NOT NULL,
    created_at     BIGINT       NOT NULL
);
