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
var writerPragmas = []string{
	"PRAGMA temp_store = MEMORY",
	"PRAGMA wal_autocheckpoint = 8000",
}

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
