package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/timeline-fr/timeline/timeline"
)

// ErrSeverity reports a conflict whose severity is none of info, warning
// and error.
var ErrSeverity = errors.New("unknown severity")

const insertConflictSQL = `INSERT INTO conflicts (idx, kind, severity, message,
	articles, dates, sentences, happening) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`

// SaveConflicts replaces the stored conflicts with cs, in one transaction:
// a reader sees either the old list or the new one, never a mix. The order
// of cs is kept; an empty cs clears the list.
func (db *DB) SaveConflicts(ctx context.Context, cs []timeline.Conflict) error {
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM conflicts"); err != nil {
			return fmt.Errorf("clear: %w", err)
		}
		return insertConflicts(ctx, tx, cs)
	})
	if err != nil {
		return fmt.Errorf("save conflicts: %w", err)
	}
	return nil
}

// insertConflicts writes cs in tx, numbered in order.
func insertConflicts(ctx context.Context, tx *sql.Tx, cs []timeline.Conflict) error {
	stmt, err := tx.PrepareContext(ctx, insertConflictSQL)
	if err != nil {
		return fmt.Errorf("prepare conflict insert: %w", err)
	}
	defer stmt.Close()
	for i, c := range cs {
		if err := insertConflict(ctx, stmt, i, c); err != nil {
			return fmt.Errorf("conflict %d %s: %w", i, c.Kind, err)
		}
	}
	return nil
}

// insertConflict writes one conflict at position idx.
func insertConflict(ctx context.Context, stmt *sql.Stmt, idx int, c timeline.Conflict) error {
	if c.Severity < timeline.SeverityInfo || c.Severity > timeline.SeverityError {
		return fmt.Errorf("severity %d: %w", int(c.Severity), ErrSeverity)
	}
	lists := make([]string, 0, 3)
	for _, l := range [][]string{c.Articles, c.Dates, c.Sentences} {
		s, err := encodeList(l)
		if err != nil {
			return err
		}
		lists = append(lists, s)
	}
	_, err := stmt.ExecContext(ctx, idx, c.Kind, c.Severity.String(), c.Message,
		lists[0], lists[1], lists[2], c.Happening)
	return err
}

// encodeList writes a list of text as a JSON array, nil as "[]".
func encodeList(l []string) (string, error) {
	if l == nil {
		l = []string{}
	}
	b, err := json.Marshal(l)
	if err != nil {
		return "", fmt.Errorf("encode list: %w", err)
	}
	return string(b), nil
}

// Conflicts returns the stored conflicts in the order they were saved.
// Empty lists come back nil.
func (db *DB) Conflicts(ctx context.Context) ([]timeline.Conflict, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT kind, severity, message, articles, dates,
		sentences, happening FROM conflicts ORDER BY idx`)
	if err != nil {
		return nil, fmt.Errorf("list conflicts: %w", err)
	}
	defer rows.Close()
	var out []timeline.Conflict
	for rows.Next() {
		c, err := scanConflict(rows)
		if err != nil {
			return nil, fmt.Errorf("list conflicts: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list conflicts: %w", err)
	}
	return out, nil
}

// scanConflict reads one row of Conflicts' query.
func scanConflict(rows *sql.Rows) (timeline.Conflict, error) {
	var (
		c                          timeline.Conflict
		severity                   string
		articles, dates, sentences string
	)
	if err := rows.Scan(&c.Kind, &severity, &c.Message, &articles, &dates, &sentences, &c.Happening); err != nil {
		return c, err
	}
	var err error
	if c.Severity, err = parseSeverity(severity); err != nil {
		return c, err
	}
	if c.Articles, err = decodeNames(articles); err != nil {
		return c, err
	}
	if c.Dates, err = decodeNames(dates); err != nil {
		return c, err
	}
	c.Sentences, err = decodeNames(sentences)
	return c, err
}

// parseSeverity reads back what Severity.String wrote.
func parseSeverity(s string) (timeline.Severity, error) {
	for _, sev := range []timeline.Severity{timeline.SeverityInfo, timeline.SeverityWarning, timeline.SeverityError} {
		if sev.String() == s {
			return sev, nil
		}
	}
	return 0, fmt.Errorf("severity %q: %w", s, ErrSeverity)
}
