-- How far the cross-source check has gone: every event row up to
-- last_event was merged into the chronology whose conflicts are stored, so
-- that a refresh merges again only the dates around newer events. 0 means
-- none: the next refresh merges every event.
ALTER TABLE conflict_checks ADD COLUMN last_event INTEGER NOT NULL DEFAULT 0;

-- A refresh around new events replaces the conflicts of the happenings
-- they join.
CREATE INDEX conflicts_scope_happening ON conflicts (scope, happening);
