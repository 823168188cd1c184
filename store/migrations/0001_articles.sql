-- Articles as ingested: one row per distinct content (Article.ContentHash).
-- Article.ID is not unique: two files may share a name in different folders.
CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    article_id     TEXT NOT NULL,
    source         TEXT NOT NULL DEFAULT '',
    url            TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL DEFAULT '',
    -- RFC 3339 with the outlet's offset, the zone name it was read in
    -- (e.g. Europe/Paris) and the same instant in UTC, fixed width, to sort.
    published      TEXT NOT NULL,
    published_zone TEXT NOT NULL DEFAULT '',
    published_utc  TEXT NOT NULL,
    language       TEXT NOT NULL DEFAULT '',
    text           TEXT NOT NULL,
    content_hash   TEXT NOT NULL UNIQUE,
    origin         TEXT NOT NULL DEFAULT '',
    ingested_at    TEXT NOT NULL
);

CREATE INDEX articles_article_id ON articles (article_id);
