-- A bulk load into an empty database indexes the text of its events once
-- at its end, in large steps, rather than batch by batch (DeferFullText):
-- the events above after_event are not in events_fts yet, and
-- IndexFullText indexes them, then deletes the row. No row: every event
-- is indexed.
CREATE TABLE fulltext_backlog (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    after_event INTEGER NOT NULL
);

-- The index forgets or re-reads only the rows it holds: an event of the
-- backlog is not in it, and is indexed with its text of the time when
-- IndexFullText reaches it.
DROP TRIGGER events_fts_delete;
DROP TRIGGER events_fts_update_before;
DROP TRIGGER events_fts_update_after;

CREATE TRIGGER events_fts_delete BEFORE DELETE ON events
WHEN NOT EXISTS (SELECT 1 FROM fulltext_backlog WHERE old.id > after_event) BEGIN
    DELETE FROM events_fts WHERE docid = old.id;
END;

CREATE TRIGGER events_fts_update_before BEFORE UPDATE OF summary, sentence ON events
WHEN NOT EXISTS (SELECT 1 FROM fulltext_backlog WHERE old.id > after_event) BEGIN
    DELETE FROM events_fts WHERE docid = old.id;
END;

CREATE TRIGGER events_fts_update_after AFTER UPDATE OF summary, sentence ON events
WHEN NOT EXISTS (SELECT 1 FROM fulltext_backlog WHERE new.id > after_event) BEGIN
    INSERT INTO events_fts (docid, summary, sentence) VALUES (new.id, new.summary, new.sentence);
END;
