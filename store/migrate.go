package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// migrationFiles holds the schema, one numbered file per step:
// NNNN_name.sql, applied in order and never edited once released.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

const createSchemaMigrations = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version    INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	applied_at TEXT NOT NULL
)`

// loadMigrations reads migrations/*.sql from fsys, sorted by version. The
// versions must run 1, 2, 3... without gaps or repeats.
func loadMigrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, fmt.Errorf("list migrations: %w", err)
	}
	migs := make([]migration, 0, len(names))
	for _, name := range names {
		m, err := readMigration(fsys, name)
		if err != nil {
			return nil, err
		}
		migs = append(migs, m)
	}
	sort.Slice(migs, func(i, j int) bool { return migs[i].version < migs[j].version })
	for i, m := range migs {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %04d_%s: want version %d", m.version, m.name, i+1)
		}
	}
	return migs, nil
}

// readMigration reads one NNNN_name.sql file.
func readMigration(fsys fs.FS, name string) (migration, error) {
	base := strings.TrimSuffix(path.Base(name), ".sql")
	num, label, ok := strings.Cut(base, "_")
	version, err := strconv.Atoi(num)
	if !ok || err != nil || version <= 0 || label == "" {
		return migration{}, fmt.Errorf("migration %s: name is not NNNN_name.sql", name)
	}
	body, err := fs.ReadFile(fsys, name)
	if err != nil {
		return migration{}, fmt.Errorf("read migration %s: %w", name, err)
	}
	return migration{version: version, name: label, sql: string(body)}, nil
}

// latestVersion returns the version of the last migration.
func latestVersion(migs []migration) int {
	if len(migs) == 0 {
		return 0
	}
	return migs[len(migs)-1].version
}

// queryer is what readVersion needs of *sql.DB and *sql.Tx.
type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// readVersion returns the newest recorded migration, 0 for a database that
// has no schema_migrations table. It only reads.
func readVersion(ctx context.Context, q queryer) (int, error) {
	var tables int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master
		WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&tables)
	if err != nil || tables == 0 {
		return 0, err
	}
	var v int
	err = q.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&v)
	return v, err
}

// refuseTooNew returns ErrSchemaTooNew if the existing database at path has
// a version above newest.
func refuseTooNew(ctx context.Context, path string, newest int) error {
	v, err := recordedVersion(ctx, path)
	if err != nil {
		return err
	}
	return checkVersion(v, newest)
}

// recordedVersion reads the schema version of the database at path, 0 if
// there is no file yet. It opens the file without the WAL pragma, which
// would rewrite the header of a database in another journal mode, and only
// reads.
func recordedVersion(ctx context.Context, path string) (int, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	} else if err != nil {
		return 0, err
	}
	probe, err := sql.Open("sqlite3", dsn(path, "mode=rw&_busy_timeout=10000"))
	if err != nil {
		return 0, err
	}
	v, err := readVersion(ctx, probe)
	if err := errors.Join(err, probe.Close()); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

// SchemaVersions returns the schema version of the database at path, 0
// for a file that does not exist yet, and the newest version Open migrates
// to, without opening the database for writing: a caller can say that
// Open will migrate, which can take a while on a large archive.
func SchemaVersions(ctx context.Context, path string) (recorded, newest int, err error) {
	migs, err := loadMigrations(migrationFiles)
	if err != nil {
		return 0, 0, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return 0, 0, err
	}
	recorded, err = recordedVersion(ctx, abs)
	if err != nil {
		return 0, 0, fmt.Errorf("schema version of %s: %w", path, err)
	}
	return recorded, latestVersion(migs), nil
}

// checkVersion refuses a recorded version above the newest known one.
func checkVersion(recorded, newest int) error {
	if recorded > newest {
		return fmt.Errorf("schema version %d, this tool knows up to %d: %w", recorded, newest, ErrSchemaTooNew)
	}
	return nil
}

// migrate applies the migrations the database lacks, each in its own
// transaction. Concurrent openers are serialised by the write lock that
// BEGIN IMMEDIATE takes, and each re-reads the version inside it.
func (db *DB) migrate(ctx context.Context, migs []migration, newest int) error {
	if _, err := db.sql.ExecContext(ctx, createSchemaMigrations); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	appliedAt := db.Now().UTC().Format(time.RFC3339)
	for _, m := range migs {
		apply := func(tx *sql.Tx) error { return applyMigration(ctx, tx, m, newest, appliedAt) }
		if err := db.inTx(ctx, apply); err != nil {
			return fmt.Errorf("migration %04d_%s: %w", m.version, m.name, err)
		}
	}
	return nil
}

// applyMigration runs m in tx unless the database already has it.
func applyMigration(ctx context.Context, tx *sql.Tx, m migration, newest int, appliedAt string) error {
	v, err := readVersion(ctx, tx)
	if err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if err := checkVersion(v, newest); err != nil || v >= m.version {
		return err
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
		m.version, m.name, appliedAt)
	return err
}
