// Package store keeps the pipeline's results in SQLite: articles, the date
// mentions the tagger found in them and the events extraction dated with
// those mentions, so that the chronology can be listed and filtered without
// reading the articles again, and the conflicts the checks last found.
//
//	Article -> Mention -> Event -> store -> Entry (chronology)
//	                                      -> Conflict (checks, replaced whole)
//
// A database is one file opened in WAL mode, migrated forward by the
// numbered SQL files embedded from migrations/. Dates are kept as sortable
// wall-clock text plus a granularity, never as midnight UTC, and reloaded in
// the zone of the article that gives them.
//
// This package is the only importer of the SQLite driver in the project.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // zone names stored with articles load on any machine

	"github.com/mattn/go-sqlite3"
)

// ErrSchemaTooNew reports a database written by a newer version of the
// tool. Such a database is refused and left unmodified.
var ErrSchemaTooNew = errors.New("database schema is newer than this tool")

// ErrNotWAL reports a database that could not be switched to WAL mode, for
// instance on a file system without shared memory.
var ErrNotWAL = errors.New("journal mode is not wal")

// ErrNotFound reports an article that is not stored.
var ErrNotFound = errors.New("article not found")

// connParams are applied by the driver to every new connection: WAL so that
// readers do not block the writer, foreign keys for the cascades, a busy
// timeout so that concurrent writers wait instead of failing, BEGIN
// IMMEDIATE so that a transaction takes the write lock before it reads, and
// synchronous=NORMAL: in WAL mode a commit then does not wait for the disk,
// the database stays consistent after any crash, and a committed
// transaction survives the crash of the process (only a power loss can
// take back the last ones).
const connParams = "_journal_mode=WAL&_foreign_keys=on&_busy_timeout=10000&_txlock=immediate&_synchronous=NORMAL"

// writerParams are connParams for the connection that stores articles,
// which also keeps its prepared statements from one transaction to the
// next (the driver's statement cache) rather than compiling each again.
const writerParams = connParams + "&_stmt_cache_size=64"

// DB is an open chronology database. It is safe for concurrent use.
type DB struct {
	sql  *sql.DB
	path string
	// write is the one connection that stores articles (see openWriter).
	write *sql.DB

	// Now gives the ingestion time recorded with each saved article. Open
	// sets it to time.Now; set it before use for deterministic output.
	Now func() time.Time

	// hasArticle is HasArticle's statement, prepared on its first call:
	// an ingest asks it of every article it reads, and compiling it each
	// time cost more than running it.
	hasArticle struct {
		once sync.Once
		stmt *sql.Stmt
		err  error
	}

	// fullTextChunk, when set, replaces fullTextChunk: tests index in
	// small steps.
	fullTextChunk int64

	// beforeCommit, when set, runs once per stored article after its rows
	// are written, before the commit; an error from it leaves the article
	// out, as a row SQLite refuses would. Tests use it to force a failure
	// after every row has been written.
	beforeCommit func() error
}

// Stats counts the stored rows.
type Stats struct {
	Articles, Mentions, Events int
}

// Open opens the database at path, creating the file if it is absent,
// switches it to WAL mode and applies the embedded migrations it lacks. A
// database written by a newer version of the tool is refused with
// ErrSchemaTooNew before anything in it is changed. Path is a file name:
// ":memory:" and URIs are not supported.
func Open(ctx context.Context, path string) (*DB, error) {
	migs, err := loadMigrations(migrationFiles)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return open(ctx, path, migs)
}

// open is Open with the migrations to apply given, so that tests can build
// a database at an older version.
func open(ctx context.Context, path string, migs []migration) (*DB, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	newest := latestVersion(migs)
	if err := refuseTooNew(ctx, abs, newest); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	sqlDB, err := sql.Open("sqlite3", dsn(abs, connParams))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db := &DB{sql: sqlDB, path: path, Now: time.Now}
	if err := db.init(ctx, migs, newest); err != nil {
		return nil, errors.Join(fmt.Errorf("open %s: %w", path, err), sqlDB.Close())
	}
	db.write = openWriter(dsn(abs, writerParams))
	return db, nil
}

// init checks the journal mode the driver set and migrates.
func (db *DB) init(ctx context.Context, migs []migration, newest int) error {
	mode, err := db.JournalMode(ctx)
	if err != nil {
		return err
	}
	if mode != "wal" {
		return fmt.Errorf("journal mode %q: %w", mode, ErrNotWAL)
	}
	return db.migrate(ctx, migs, newest)
}

// uriEscaper escapes the characters SQLite reads as URI syntax in a path.
var uriEscaper = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// dsn builds a go-sqlite3 data source name for an absolute path. The file:
// form keeps paths holding '?' intact.
func dsn(path, params string) string {
	return "file:" + uriEscaper.Replace(filepath.ToSlash(path)) + "?" + params
}

// Close closes the database.
func (db *DB) Close() error {
	// The writer goes first: the last connection to close checkpoints the
	// WAL into the database file.
	var stmtErr error
	if db.hasArticle.stmt != nil {
		stmtErr = db.hasArticle.stmt.Close()
	}
	if err := errors.Join(stmtErr, db.write.Close(), db.sql.Close()); err != nil {
		return fmt.Errorf("close %s: %w", db.path, err)
	}
	return nil
}

// JournalMode returns the journal mode of the database, "wal" after Open.
func (db *DB) JournalMode(ctx context.Context) (string, error) {
	var mode string
	if err := db.sql.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return "", fmt.Errorf("read journal mode of %s: %w", db.path, err)
	}
	return strings.ToLower(mode), nil
}

// SchemaVersion returns the newest migration applied to the database.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	v, err := readVersion(ctx, db.sql)
	if err != nil {
		return 0, fmt.Errorf("read schema version of %s: %w", db.path, err)
	}
	return v, nil
}

// Stats counts the stored articles, mentions and events.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	const q = `SELECT (SELECT count(*) FROM articles),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM events)`
	var s Stats
	if err := db.sql.QueryRowContext(ctx, q).Scan(&s.Articles, &s.Mentions, &s.Events); err != nil {
		return Stats{}, fmt.Errorf("count rows of %s: %w", db.path, err)
	}
	return s, nil
}

// inTx runs fn in a transaction, committed if fn succeeds and rolled back
// otherwise.
func (db *DB) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	return inTx(ctx, db.sql, fn)
}

// inWriteTx is inTx on the connection that stores articles.
func (db *DB) inWriteTx(ctx context.Context, fn func(*sql.Tx) error) error {
	return inTx(ctx, db.write, fn)
}

// txBeginner is a pool or a connection of it.
type txBeginner interface {
	BeginTx(context.Context, *sql.TxOptions) (*sql.Tx, error)
}

// inTx runs fn in a transaction of pool, committed if fn succeeds and
// rolled back otherwise.
func inTx(ctx context.Context, pool txBeginner, fn func(*sql.Tx) error) error {
	tx, err := pool.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		if rbErr := tx.Rollback(); rbErr != nil && !errors.Is(rbErr, sql.ErrTxDone) {
			return errors.Join(err, fmt.Errorf("rollback: %w", rbErr))
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// isUniqueViolation reports whether err is SQLite's UNIQUE constraint error.
func isUniqueViolation(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique
}

// BusiestActor returns the actor named by the most events of one calendar
// year, with that year and the count: the heaviest actor and date query
// the archive can be asked, which benchmarks time. ok is false when no
// dated event names an actor.
func (db *DB) BusiestActor(ctx context.Context) (actor string, year, events int, ok bool, err error) {
	err = db.sql.QueryRowContext(ctx, `SELECT n.folded, CAST(substr(en.date_start, 1, 4) AS INTEGER) AS y, count(*) AS c
		FROM event_names en JOIN names n ON n.id = en.name
		WHERE n.kind = 'actor' AND en.date_start != ''
		GROUP BY n.id, y ORDER BY c DESC, n.folded, y LIMIT 1`).Scan(&actor, &year, &events)
	if errors.Is(err, sql.ErrNoRows) {
		return "", 0, 0, false, nil
	}
	if err != nil {
		return "", 0, 0, false, fmt.Errorf("busiest actor: %w", err)
	}
	return actor, year, events, true, nil
}
