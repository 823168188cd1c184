package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// ErrCorrupt reports a database that fails SQLite's integrity checks.
var ErrCorrupt = errors.New("database fails its integrity check")

// packedMention is SQL that packs the mention row m as mentionRow.pack
// does, and as migration 10 filled events.date_mention.
const packedMention = `json_array(` + mentionColumns + `)`

// Check runs SQLite's integrity and foreign key checks and verifies that
// every event points at a mention of its own article, and keeps that
// mention's row as it is: after a crash the database must hold whole
// articles only. It first indexes the text an ingest left waiting
// (IndexFullText): SQLite's check holds the full-text index to every
// event.
func (db *DB) Check(ctx context.Context) error {
	if err := db.IndexFullText(ctx, false); err != nil {
		return err
	}
	var res string
	if err := db.sql.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res); err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("%w: %s", ErrCorrupt, res)
	}
	rows, err := db.sql.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return fmt.Errorf("foreign key check: %w", err)
	}
	defer rows.Close()
	var bad []string
	for rows.Next() {
		var table, parent string
		var rowid, fk any
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			return fmt.Errorf("foreign key check: %w", err)
		}
		bad = append(bad, fmt.Sprintf("%s row %v -> %s", table, rowid, parent))
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("foreign key check: %w", err)
	}
	if len(bad) > 0 {
		return fmt.Errorf("%w: dangling references: %s", ErrCorrupt, strings.Join(bad, "; "))
	}
	var n int
	err = db.sql.QueryRowContext(ctx, `SELECT count(*) FROM events e JOIN mentions m ON m.id = e.mention
		WHERE m.article != e.article`).Scan(&n)
	if err != nil {
		return fmt.Errorf("event check: %w", err)
	}
	if n > 0 {
		return fmt.Errorf("%w: %d events dated by another article's mention", ErrCorrupt, n)
	}
	err = db.sql.QueryRowContext(ctx, `SELECT count(*) FROM events e JOIN mentions m ON m.id = e.mention
		WHERE e.date_mention != `+packedMention).Scan(&n)
	if err != nil {
		return fmt.Errorf("event check: %w", err)
	}
	if n > 0 {
		return fmt.Errorf("%w: %d events keep a dating mention other than their mention row", ErrCorrupt, n)
	}
	return nil
}
