-- Conflicts kept apart by article, so that an ingest checks only the
-- articles it stores. scope says what a conflict depends on: 'article' for
-- the checks within one article, 'chronology' for the cross-source check,
-- recomputed from the events at every refresh, 'list' for a list saved
-- whole. article_id is the article the conflict is listed under,
-- byte_offset where its evidence starts in it and kind_order the rank of
-- its kind among conflicts found at the same place; idx grows with every
-- insert and keeps the order of the conflicts saved together.
ALTER TABLE conflicts ADD COLUMN scope TEXT NOT NULL DEFAULT 'list'
    CHECK (scope IN ('article', 'chronology', 'list'));
ALTER TABLE conflicts ADD COLUMN article_id TEXT NOT NULL DEFAULT '';
ALTER TABLE conflicts ADD COLUMN byte_offset INTEGER NOT NULL DEFAULT 0;
ALTER TABLE conflicts ADD COLUMN kind_order INTEGER NOT NULL DEFAULT 0;

CREATE INDEX conflicts_scope_article ON conflicts (scope, article_id);

-- How far the checks within articles have gone: every article row up to
-- last_article has its conflicts stored, with messages in lang. The
-- conflicts stored before this step are dropped: the next refresh checks
-- every article again.
CREATE TABLE conflict_checks (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    lang         TEXT NOT NULL DEFAULT '',
    last_article INTEGER NOT NULL DEFAULT 0
);

INSERT INTO conflict_checks (id) VALUES (1);
DELETE FROM conflicts;
