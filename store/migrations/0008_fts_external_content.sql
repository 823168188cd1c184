-- The full-text index reads summaries and sentences from the events table
-- instead of keeping its own copy of them (FTS4 external content): the
-- database is smaller and an insert writes the text once. The index itself
-- is the same; the rows are indexed again from events.
DROP TRIGGER events_fts_delete;
DROP TRIGGER events_fts_update;
DROP TABLE events_fts;

CREATE VIRTUAL TABLE events_fts USING fts4 (
    content="events",
    summary,
    sentence,
    tokenize=unicode61 "remove_diacritics=2"
);

INSERT INTO events_fts (events_fts) VALUES ('rebuild');

-- An external-content index forgets a row by reading its old text, so the
-- row must still be there: the triggers run before the change.
CREATE TRIGGER events_fts_delete BEFORE DELETE ON events BEGIN
    DELETE FROM events_fts WHERE docid = old.id;
END;

CREATE TRIGGER events_fts_update_before BEFORE UPDATE OF summary, sentence ON events BEGIN
    DELETE FROM events_fts WHERE docid = old.id;
END;

CREATE TRIGGER events_fts_update_after AFTER UPDATE OF summary, sentence ON events BEGIN
    INSERT INTO events_fts (docid, summary, sentence) VALUES (new.id, new.summary, new.sentence);
END;
