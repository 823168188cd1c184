-- Indexes filled once per transaction instead of once per event row.
--
-- The full-text index is no longer written by a trigger on every event
-- insert: each write transaction indexes the events it added, in one
-- statement, after its rows are in (an FTS4 insert per row, flushed at
-- every savepoint, cost a third of an ingest). Deletes and updates keep
-- their triggers.
DROP TRIGGER events_fts_insert;

-- Actor and place names, each once per kind, lower-cased as actors_folded
-- and places_folded hold them. A name filter looks for the names that
-- contain its text in this short table, then reads their events from
-- event_names by name and date.
CREATE TABLE names (
    id     INTEGER PRIMARY KEY,
    kind   TEXT NOT NULL CHECK (kind IN ('actor', 'place')),
    folded TEXT NOT NULL,
    UNIQUE (kind, folded)
);

-- Which events name which actor or place. date_start copies the event's
-- ('' when it has none) so that a name and date query reads one range of
-- the primary key.
CREATE TABLE event_names (
    name       INTEGER NOT NULL REFERENCES names (id),
    date_start TEXT NOT NULL,
    event      INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (name, date_start, event)
) WITHOUT ROWID;

CREATE INDEX event_names_event ON event_names (event);

INSERT OR IGNORE INTO names (kind, folded)
    SELECT 'actor', j.value FROM events e, json_each(e.actors_folded) j
    UNION ALL
    SELECT 'place', j.value FROM events e, json_each(e.places_folded) j;

INSERT OR IGNORE INTO event_names (name, date_start, event)
    SELECT n.id, coalesce(e.date_start, ''), e.id
    FROM events e, json_each(e.actors_folded) j
    JOIN names n ON n.kind = 'actor' AND n.folded = j.value
    UNION ALL
    SELECT n.id, coalesce(e.date_start, ''), e.id
    FROM events e, json_each(e.places_folded) j
    JOIN names n ON n.kind = 'place' AND n.folded = j.value;
