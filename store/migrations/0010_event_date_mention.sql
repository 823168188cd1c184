-- Each event keeps its dating mention's row, packed as json_array packs
-- the mention columns (idx, byte_offset, end_offset, text, type, value,
-- mod, start_local, end_local, grain, anchor, rule, tense, inferred,
-- weekday, problem): listing events then reads no mentions row. Those
-- rows lay scattered over the file, a third of the pages the heaviest
-- listing read. Mentions are never updated, so the copy cannot go stale;
-- the integrity check compares it with the mention all the same.
ALTER TABLE events ADD COLUMN date_mention TEXT NOT NULL DEFAULT '';

UPDATE events SET date_mention = coalesce((SELECT json_array(m.idx, m.byte_offset, m.end_offset, m.text,
    m.type, m.value, m.mod, m.start_local, m.end_local, m.grain, m.anchor, m.rule, m.tense, m.inferred,
    m.weekday, m.problem) FROM mentions m WHERE m.id = events.mention), '');
