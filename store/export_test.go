package store

import (
	"context"
	"database/sql"
	"errors"
	"github.com/timeline-fr/timeline/timeline"
	"io/fs"
)

// OpenVersion opens path like Open but applies the migrations up to version
// only, to build a database written by an older version of the tool.
func OpenVersion(ctx context.Context, path string, version int) (*DB, error) {
	migs, err := loadMigrations(migrationFiles)
	if err != nil {
		return nil, err
	}
	if version < len(migs) {
		migs = migs[:version]
	}
	return open(ctx, path, migs)
}

// SetBeforeCommit makes SaveArticle call f just before it commits.
func SetBeforeCommit(db *DB, f func() error) { db.beforeCommit = f }

// SetFullTextChunk makes IndexFullText index n events per transaction.
func SetFullTextChunk(db *DB, n int64) { db.fullTextChunk = n }

// Exec runs a statement on db.
func Exec(ctx context.Context, db *DB, query string, args ...any) error {
	_, err := db.sql.ExecContext(ctx, query, args...)
	return err
}

// QueryString returns the first column of the first row of a query.
func QueryString(ctx context.Context, db *DB, query string, args ...any) (string, error) {
	var s string
	err := db.sql.QueryRowContext(ctx, query, args...).Scan(&s)
	return s, err
}

// ExecRaw runs statements on the file at path through the driver alone,
// in rollback-journal mode, as another tool could have written it.
func ExecRaw(ctx context.Context, path string, stmts ...string) error {
	raw, err := sql.Open("sqlite3", dsn(path, "_journal_mode=DELETE"))
	if err != nil {
		return err
	}
	for _, s := range stmts {
		if _, err := raw.ExecContext(ctx, s); err != nil {
			return errors.Join(err, raw.Close())
		}
	}
	return raw.Close()
}

// MigrationNames returns the names of the migrations in
// fsys, in the order Open would apply them.
func MigrationNames(fsys fs.FS) ([]string, error) {
	migs, err := loadMigrations(fsys)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, m := range migs {
		out = append(out, m.name)
	}
	return out, nil
}

// MatchQuery is matchQuery, the FTS query built from Filter.Query.
var MatchQuery = matchQuery

// SQLOrderedEvents lists every event as Events does, sorted by SQLite in
// entryOrder: what Events' own sort must give.
func (db *DB) SQLOrderedEvents(ctx context.Context) ([]timeline.Entry, error) {
	rows, err := db.sql.QueryContext(ctx, selectEntries+entryOrder)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []timeline.Entry
	for rows.Next() {
		var r entryRow
		if err := rows.Scan(r.dest()...); err != nil {
			return nil, err
		}
		e, err := r.entry(zoneCache{})
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// WriterTempStore returns the temp_store setting of the connection that
// stores articles: 2 for memory.
func WriterTempStore(ctx context.Context, db *DB) (string, error) {
	var v string
	err := db.write.QueryRowContext(ctx, "PRAGMA temp_store").Scan(&v)
	return v, err
}
