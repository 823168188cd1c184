package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// deferredIndexes are the indexes that a bulk load builds once at its end
// rather than row by row (DeferIndexes). Each is an index on values that
// come in random order: every batch inserts into pages all over it, and
// every commit writes those pages to the WAL and then to the file again.
// Storing 40,000 articles, the date index alone took a quarter of the
// writer's time and half of its commits; built at the end, the index of
// 679,000 events takes under a second. Each create statement is the one
// of its migration, so that the schema is the same either way.
var deferredIndexes = []struct{ name, create string }{
	{"events_date", "CREATE INDEX events_date ON events (date_start, date_end)"},
}

// DeferIndexes drops the indexes a bulk load is cheaper to build at its
// end, for RestoreIndexes to build again: call it before storing many
// articles into an empty database, and RestoreIndexes once they are
// stored. In between, every query still gives the same answer, only those
// that would use the indexes read more. A bulk load cut short leaves them
// dropped until RestoreIndexes runs.
func (db *DB) DeferIndexes(ctx context.Context) error {
	err := db.inWriteTx(ctx, func(tx *sql.Tx) error {
		for _, ix := range deferredIndexes {
			if _, err := tx.ExecContext(ctx, "DROP INDEX IF EXISTS "+ix.name); err != nil {
				return fmt.Errorf("drop index %s: %w", ix.name, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("defer indexes of %s: %w", db.path, err)
	}
	return nil
}

// RestoreIndexes builds the indexes DeferIndexes dropped, those that are
// missing; it does nothing on a database that has them all.
//
// The sort that builds an index runs in temporary files rather than in
// memory, where the writer's other statements keep their temporary data
// (writerPragmas): in memory it took as much as the index, 150 MB for the
// 2 million events of 300,000 articles, the peak of the whole ingest; in
// files it takes the writer's page cache and is faster (2.9 s against
// 4.1 s in SQLite's shell).
func (db *DB) RestoreIndexes(ctx context.Context) error {
	missing, err := db.MissingIndexes(ctx)
	if err != nil || len(missing) == 0 {
		return err
	}
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return fmt.Errorf("restore indexes of %s: %w", db.path, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA temp_store = FILE"); err != nil {
		return fmt.Errorf("restore indexes of %s: %w", db.path, err)
	}
	err = inTx(ctx, conn, func(tx *sql.Tx) error {
		for _, ix := range deferredIndexes {
			ok, err := hasIndex(ctx, tx, ix.name)
			if err != nil {
				return err
			}
			if ok {
				continue
			}
			if _, err := tx.ExecContext(ctx, ix.create); err != nil {
				return fmt.Errorf("build index %s: %w", ix.name, err)
			}
		}
		return nil
	})
	// The connection goes back to the writer's pool as writerPragmas set it.
	_, resetErr := conn.ExecContext(context.WithoutCancel(ctx), writerTempStore)
	if err = errors.Join(err, resetErr); err != nil {
		return fmt.Errorf("restore indexes of %s: %w", db.path, err)
	}
	return nil
}

// MissingIndexes returns the names of the indexes DeferIndexes drops that
// the database lacks: none, unless a bulk load is under way or was cut
// short.
func (db *DB) MissingIndexes(ctx context.Context) ([]string, error) {
	var missing []string
	for _, ix := range deferredIndexes {
		ok, err := hasIndex(ctx, db.sql, ix.name)
		if err != nil {
			return nil, fmt.Errorf("indexes of %s: %w", db.path, err)
		}
		if !ok {
			missing = append(missing, ix.name)
		}
	}
	return missing, nil
}

// hasIndex reports whether the database q reads has an index of that name.
func hasIndex(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, name string) (bool, error) {
	var n int
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?", name).Scan(&n); err != nil {
		return false, fmt.Errorf("find index %s: %w", name, err)
	}
	return n > 0, nil
}
