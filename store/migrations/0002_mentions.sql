-- Date and time expressions found in articles, with their resolution.
-- start_local and end_local are wall-clock times in the article's zone
-- ("2006-01-02T15:04:05"), NULL for durations, sets and unresolved values:
-- a date is a date, never midnight UTC.
CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    article     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    byte_offset INTEGER NOT NULL,
    end_offset  INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL DEFAULT '',
    value       TEXT NOT NULL DEFAULT '',
    mod         TEXT NOT NULL DEFAULT '',
    start_local TEXT,
    end_local   TEXT,
    grain       TEXT NOT NULL DEFAULT '',
    anchor      TEXT NOT NULL DEFAULT '',
    rule        TEXT NOT NULL DEFAULT '',
    tense       TEXT NOT NULL DEFAULT '',
    inferred    TEXT NOT NULL DEFAULT '', -- comma-separated field names
    UNIQUE (article, idx)
);
