-- Events dated by a mention. The date columns copy the dating mention's so
-- that the chronology filters and sorts on one table; actors_folded and
-- places_folded hold the lower-cased names for case-insensitive search.
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    article         INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    mention         INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
    sentence_offset INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    sentence        TEXT NOT NULL,
    predicate       TEXT NOT NULL DEFAULT '',
    summary         TEXT NOT NULL DEFAULT '',
    actors          TEXT NOT NULL DEFAULT '[]', -- JSON array
    places          TEXT NOT NULL DEFAULT '[]', -- JSON array
    actors_folded   TEXT NOT NULL DEFAULT '[]',
    places_folded   TEXT NOT NULL DEFAULT '[]',
    modality        TEXT NOT NULL DEFAULT '',
    date_start      TEXT,
    date_end        TEXT,
    date_grain      TEXT NOT NULL DEFAULT '',
    date_value      TEXT NOT NULL DEFAULT '',
    date_mod        TEXT NOT NULL DEFAULT ''
);

CREATE INDEX events_date ON events (date_start, date_end);
CREATE INDEX events_article ON events (article);
CREATE INDEX events_mention ON events (mention);

-- Full-text index over summaries and sentences, keyed by events.id.
-- remove_diacritics lets "negociations" find "négociations".
CREATE VIRTUAL TABLE events_fts USING fts4 (
    summary,
    sentence,
    tokenize=unicode61 "remove_diacritics=2"
);

CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts (docid, summary, sentence)
    VALUES (new.id, new.summary, new.sentence);
END;

CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    DELETE FROM events_fts WHERE docid = old.id;
END;

CREATE TRIGGER events_fts_update AFTER UPDATE OF summary, sentence ON events BEGIN
    UPDATE events_fts SET summary = new.summary, sentence = new.sentence
    WHERE docid = old.id;
END;
