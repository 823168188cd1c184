package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"

	"github.com/mattn/go-sqlite3"
)

// writerPragmas tune the one connection that stores articles
// (SaveArticles, SaveArticle). They change nothing that is stored nor
// when a commit is durable, only how much work a write costs:
//
//   - temp_store=MEMORY keeps the statement and savepoint journals of a
//     transaction in memory instead of temporary files: they only serve to
//     undo part of a live transaction, never to recover after a crash, and
//     written to files they cost a system call per page. Only this
//     connection gets it, since it would also keep the large sorts of
//     readers in memory.
//   - checkpoints every 8000 pages of WAL (32 MiB) rather than 1000: a
//     batch rewrites many of the same index pages as the batches before
//     it, and a checkpoint copies each page once however many times it was
//     rewritten. A committed transaction is as durable in the WAL as in
//     the database file; the WAL is only longer to replay after a crash.
//   - a page cache of 32 MiB rather than 2: every batch inserts into the
//     indexes at random places (dates, names, content hashes, the
//     full-text segments), and once those outgrow the cache each insert
//     read its pages again from the file. At 40,000 articles the ingest
//     took 10 to 15% less CPU time, a quarter less of it in the kernel.
var writerPragmas = []string{
	writerTempStore,
	"PRAGMA wal_autocheckpoint = 8000",
	writerCacheSize,
}

// writerCacheSize is the writer's page cache (see writerPragmas).
const writerCacheSize = "PRAGMA cache_size = -32768"

// writerTempStore is the writer's setting of temp_store; RestoreIndexes
// sets it back after building indexes with temporary files.
const writerTempStore = "PRAGMA temp_store = MEMORY"

// writerConnector opens the writer connection: the connection parameters
// of every connection, then writerPragmas.
type writerConnector struct {
	drv *sqlite3.SQLiteDriver
	dsn string
}

func newWriterConnector(dsn string) writerConnector {
	drv := &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		for _, p := range writerPragmas {
			if _, err := c.Exec(p, nil); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
		}
		return nil
	}}
	return writerConnector{drv: drv, dsn: dsn}
}

// Connect implements driver.Connector.
func (c writerConnector) Connect(context.Context) (driver.Conn, error) { return c.drv.Open(c.dsn) }

// Driver implements driver.Connector.
func (c writerConnector) Driver() driver.Driver { return c.drv }

// openWriter returns the pool that stores articles: one connection, kept
// open, so that its page cache and prepared statements stay warm from one
// batch to the next. Writers queue for it, as they would for SQLite's
// write lock anyway. Other connections' writes still invalidate its
// cache, as SQLite requires.
func openWriter(dsn string) *sql.DB {
	w := sql.OpenDB(newWriterConnector(dsn))
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	return w
}

// ReleaseWriteCache frees the pages the connection that stores articles
// keeps in its cache (see writerPragmas) and gives the memory back to the
// system where the C library allows it (trimMalloc): after an ingest, the
// refresh of the conflicts reads much and writes little, and the memory is
// then the Go heap's to use.
func (db *DB) ReleaseWriteCache(ctx context.Context) error {
	if _, err := db.write.ExecContext(ctx, "PRAGMA shrink_memory"); err != nil {
		return fmt.Errorf("release write cache of %s: %w", db.path, err)
	}
	trimMalloc()
	return nil
}
