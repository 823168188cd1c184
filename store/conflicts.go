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

// insertConflictSQL appends a conflict: idx grows with every insert, so
// that conflicts saved together keep their order.
const insertConflictSQL = `INSERT INTO conflicts (idx, scope, article_id, byte_offset, kind_order,
	kind, severity, message, articles, dates, sentences, happening)
	VALUES ((SELECT coalesce(max(idx), -1) + 1 FROM conflicts), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// Scopes of stored conflicts: what a conflict depends on, and so what
// replaces it.
const (
	scopeArticle    = "article"    // one article: replaced when it is checked again
	scopeChronology = "chronology" // the merged events: replaced at every refresh
	scopeList       = "list"       // a list saved whole by SaveConflicts
)

// SaveConflicts replaces the stored conflicts with cs, in one transaction:
// a reader sees either the old list or the new one, never a mix. The order
// of cs is kept; an empty cs clears the list. The conflicts the refreshes
// add later are listed before these (see Conflicts).
func (db *DB) SaveConflicts(ctx context.Context, cs []timeline.Conflict) error {
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM conflicts"); err != nil {
			return fmt.Errorf("clear: %w", err)
		}
		listed := make([]PlacedConflict, len(cs))
		for i, c := range cs {
			listed[i] = PlacedConflict{Conflict: c}
		}
		return insertConflicts(ctx, tx, scopeList, listed)
	})
	if err != nil {
		return fmt.Errorf("save conflicts: %w", err)
	}
	return nil
}

// insertConflicts appends cs in tx, in order, with the given scope.
func insertConflicts(ctx context.Context, tx *sql.Tx, scope string, cs []PlacedConflict) error {
	ci := conflictInserter{tx: tx}
	defer ci.close()
	return ci.insert(ctx, scope, cs)
}

// conflictInserter appends conflicts in a transaction, preparing its
// statement once for all the lists it is given.
type conflictInserter struct {
	tx   *sql.Tx
	stmt *sql.Stmt
}

// insert appends cs, in order, with the given scope.
func (ci *conflictInserter) insert(ctx context.Context, scope string, cs []PlacedConflict) error {
	if len(cs) == 0 {
		return nil
	}
	if ci.stmt == nil {
		stmt, err := ci.tx.PrepareContext(ctx, insertConflictSQL)
		if err != nil {
			return fmt.Errorf("prepare conflict insert: %w", err)
		}
		ci.stmt = stmt
	}
	for i, c := range cs {
		if err := insertConflict(ctx, ci.stmt, scope, c); err != nil {
			return fmt.Errorf("conflict %d %s: %w", i, c.Kind, err)
		}
	}
	return nil
}

// close releases the statement, if one was prepared.
func (ci *conflictInserter) close() {
	if ci.stmt != nil {
		ci.stmt.Close()
	}
}

// insertConflict appends one conflict.
func insertConflict(ctx context.Context, stmt *sql.Stmt, scope string, c PlacedConflict) error {
	args, err := conflictArgs(c)
	if err != nil {
		return err
	}
	_, err = stmt.ExecContext(ctx, append([]any{scope}, args...)...)
	return err
}

// conflictArgs returns the columns of c's row after its scope: article,
// offset, kind order, kind, severity, message, the lists of articles,
// dates and sentences, happening.
func conflictArgs(c PlacedConflict) ([]any, error) {
	if c.Severity < timeline.SeverityInfo || c.Severity > timeline.SeverityError {
		return nil, fmt.Errorf("severity %d: %w", int(c.Severity), ErrSeverity)
	}
	args := []any{c.ArticleID, c.Offset, c.KindOrder, c.Kind, c.Severity.String(), c.Message}
	for _, l := range [][]string{c.Articles, c.Dates, c.Sentences} {
		s, err := encodeList(l)
		if err != nil {
			return nil, err
		}
		args = append(args, s)
	}
	return append(args, c.Happening), nil
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

// Conflicts returns the stored conflicts in the order of the checks: by
// the article they are listed under, as Articles orders them, then where
// their evidence starts, then kind, then the order they were saved in.
// Conflicts listed under no stored article, such as those SaveConflicts
// stores, come last. Empty lists come back nil.
func (db *DB) Conflicts(ctx context.Context) ([]timeline.Conflict, error) {
	var out []timeline.Conflict
	err := db.EachConflict(ctx, func(c timeline.Conflict) error {
		out = append(out, c)
		return nil
	})
	return out, err
}

// EachConflict calls fn with each stored conflict in the order of
// Conflicts, one row at a time: memory does not grow with the archive. It
// stops at the first error fn returns, and returns it.
func (db *DB) EachConflict(ctx context.Context, fn func(timeline.Conflict) error) error {
	rows, err := db.sql.QueryContext(ctx, `SELECT c.kind, c.severity, c.message, c.articles, c.dates,
		c.sentences, c.happening FROM conflicts c
		LEFT JOIN articles a ON c.scope != 'list'
			AND a.id = (SELECT max(b.id) FROM articles b WHERE b.article_id = c.article_id)
		ORDER BY a.id IS NULL, a.published_utc, a.article_id, c.byte_offset, c.kind_order, c.idx`)
	if err != nil {
		return fmt.Errorf("list conflicts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		c, err := scanConflict(rows)
		if err != nil {
			return fmt.Errorf("list conflicts: %w", err)
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list conflicts: %w", err)
	}
	return nil
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

// ConflictCount counts the stored conflicts.
func (db *DB) ConflictCount(ctx context.Context) (int, error) {
	var n int
	if err := db.sql.QueryRowContext(ctx, "SELECT count(*) FROM conflicts").Scan(&n); err != nil {
		return 0, fmt.Errorf("count conflicts: %w", err)
	}
	return n, nil
}
