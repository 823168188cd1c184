package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
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

// DeferFullText leaves the text of the events stored from now on to
// IndexFullText, which indexes it in a few large steps rather than batch
// by batch: call it before storing many articles into an empty database,
// and IndexFullText once they are stored. (Into a large index, large
// steps cost more than batches: each merges with its large segments.) In
// between, a full-text query (Events) first indexes the text that waits,
// so that it finds every event. A load cut short leaves the text
// unindexed until IndexFullText runs.
func (db *DB) DeferFullText(ctx context.Context) error {
	// A backlog already open keeps its start.
	_, err := db.write.ExecContext(ctx, `INSERT OR IGNORE INTO fulltext_backlog (id, after_event)
		SELECT 1, coalesce(max(id), 0) FROM events`)
	if err != nil {
		return fmt.Errorf("defer full-text indexing of %s: %w", db.path, err)
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

// fullTextChunk is how many events one transaction of IndexFullText
// indexes: enough that the cost of a pass is spread over many events
// (the text of the 136,000 events of 20,000 articles indexes in 1.31 s in
// one pass, 1.40 s in passes of 56,000 events and 1.81 s in passes of a
// batch's 1,740), few enough that other writers wait a fraction of a
// second for the write lock.
const fullTextChunk = 1 << 15

// IndexFullText indexes the text of the events stored without it
// (DeferFullText), in transactions of fullTextChunk events, and returns
// once every event is indexed. It does nothing when none waits. Each
// transaction records how far it went, so that a run stopped midway (ctx)
// leaves the rest to the next. It may run while articles are being
// stored: the events stored after the backlog is done are indexed as they
// are stored. With yield, it leaves the write lock free for yieldPause
// between two steps, for an ingest under way in another process: set it
// unless the caller is the ingest that deferred the text.
func (db *DB) IndexFullText(ctx context.Context, yield bool) error {
	var pause time.Duration
	if yield {
		pause = yieldPause
	}
	// Without a backlog, no write transaction: a query need not wait for
	// the write lock, nor the file be writable.
	var backlog int
	if err := db.sql.QueryRowContext(ctx, "SELECT count(*) FROM fulltext_backlog").Scan(&backlog); err != nil {
		return fmt.Errorf("index full text of %s: %w", db.path, err)
	}
	chunk := int64(fullTextChunk)
	if db.fullTextChunk > 0 {
		chunk = db.fullTextChunk
	}
	for done := backlog == 0; !done; {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("index full text of %s: %w", db.path, err)
		}
		var err error
		if done, err = db.indexTextChunk(ctx, chunk); err != nil {
			return fmt.Errorf("index full text of %s: %w", db.path, err)
		}
		if !done && pause > 0 {
			select {
			case <-time.After(pause):
			case <-ctx.Done():
			}
		}
	}
	return nil
}

// yieldPause is how long IndexFullText with yield leaves the write lock
// free between two steps: longer than the longest wait between two tries
// of a writer that waits for the lock (SQLite's busy handler tries every
// 100 ms at most), so that an ingest under way stores its next batch
// rather than waiting for the whole backlog and giving up.
const yieldPause = 150 * time.Millisecond

// fullTextCacheKiB is the page cache of the writer's connection while it
// indexes text: the index writes new segments and reads those it merges
// once each, and an ingest indexes beside the refresh, where memory
// peaks. With the writer's 32 MiB, the peak of an ingest of 100,000
// articles grew by as much.
const fullTextCacheKiB = 2048

// indexTextChunk indexes the text of the next chunk events of the
// backlog in one transaction of the writer's connection, and reports
// whether the backlog is done.
func (db *DB) indexTextChunk(ctx context.Context, chunk int64) (done bool, err error) {
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return false, err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = -%d", fullTextCacheKiB)); err != nil {
		return false, err
	}
	defer func() {
		// The connection goes back to the writer's pool as writerPragmas
		// set it.
		_, resetErr := conn.ExecContext(context.WithoutCancel(ctx), writerCacheSize)
		err = errors.Join(err, resetErr)
		// The index reads and writes the doclists of common words whole,
		// in buffers of megabytes, on the thread of the connection while
		// the refresh allocates on others: the C library kept what they
		// freed. Beside the refresh of 300,000 articles, the peak grew
		// from 217 MB to 259 to 263 MB; trimmed after each step, 213 MB.
		trimMalloc()
	}()
	err = inTx(ctx, conn, func(tx *sql.Tx) error {
		var after, last int64
		err := tx.QueryRowContext(ctx, `SELECT b.after_event, coalesce((SELECT max(id) FROM events), 0)
			FROM fulltext_backlog b`).Scan(&after, &last)
		if errors.Is(err, sql.ErrNoRows) {
			done = true
			return nil
		}
		if err != nil {
			return err
		}
		upTo := min(after+chunk, last)
		if _, err := tx.ExecContext(ctx, indexTextSQL+" AND id <= ?2", after, upTo); err != nil {
			return err
		}
		if upTo == last {
			done = true
			_, err = tx.ExecContext(ctx, "DELETE FROM fulltext_backlog")
			return err
		}
		_, err = tx.ExecContext(ctx, "UPDATE fulltext_backlog SET after_event = ?", upTo)
		return err
	})
	return done, err
}

// FullTextBacklog returns how many stored events wait for IndexFullText:
// 0 unless an ingest is under way or was cut short.
func (db *DB) FullTextBacklog(ctx context.Context) (int, error) {
	var n int
	err := db.sql.QueryRowContext(ctx, `SELECT count(*) FROM events
		WHERE id > (SELECT after_event FROM fulltext_backlog)`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("full-text backlog of %s: %w", db.path, err)
	}
	return n, nil
}

// fullTextBehind reports whether the text of events stored now waits for
// IndexFullText rather than being indexed with them.
func fullTextBehind(ctx context.Context, tx *sql.Tx) (bool, error) {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM fulltext_backlog").Scan(&n); err != nil {
		return false, fmt.Errorf("full-text backlog: %w", err)
	}
	return n > 0, nil
}
