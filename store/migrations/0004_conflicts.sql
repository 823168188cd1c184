-- What the checks need of a mention besides its value: the weekday written
-- next to a calendar date (1 = lundi ... 7 = dimanche, 0 when none) and why
-- a written date cannot exist ('' for a possible one). Rows stored before
-- this step keep the defaults: no weekday, no problem.
ALTER TABLE mentions ADD COLUMN weekday INTEGER NOT NULL DEFAULT 0
    CHECK (weekday BETWEEN 0 AND 7);
ALTER TABLE mentions ADD COLUMN problem TEXT NOT NULL DEFAULT '';

-- Dates that do not add up, as the checks last found them. The table is
-- replaced as a whole at every refresh; idx keeps the order of the list.
-- articles, dates and sentences are JSON arrays of text.
CREATE TABLE conflicts (
    id        INTEGER PRIMARY KEY,
    idx       INTEGER NOT NULL UNIQUE,
    kind      TEXT NOT NULL,
    severity  TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
    message   TEXT NOT NULL,
    articles  TEXT NOT NULL DEFAULT '[]',
    dates     TEXT NOT NULL DEFAULT '[]',
    sentences TEXT NOT NULL DEFAULT '[]',
    happening TEXT NOT NULL DEFAULT ''
);
