-- Happening ids grew from 8 to 12 hex digits. The stored conflicts name
-- happenings by their old ids: they are dropped, and the next refresh
-- (build, ingest or check) checks every article and merges every event
-- again, as after a change of the language of messages.
DELETE FROM conflicts;
UPDATE conflict_checks SET lang = '', last_article = 0, last_event = 0 WHERE id = 1;
