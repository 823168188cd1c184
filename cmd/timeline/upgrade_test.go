package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	_ "github.com/mattn/go-sqlite3"
)

// oldDatabase writes a database at schema version 9, as a build before
// events kept their dating mention left it, from the migration files.
func oldDatabase(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stmts := []string{`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`}
	files, err := filepath.Glob("../../store/migrations/000[1-9]_*.sql")
	if err != nil || len(files) != 9 {
		t.Fatalf("migration files 1 to 9: %q, %v", files, err)
	}
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f)[5:], ".sql")
		stmts = append(stmts, string(b), "INSERT INTO schema_migrations VALUES ("+strconv.Itoa(i+1)+", '"+name+"', '2016-03-14T10:00:00Z')")
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%.60s: %v", s, err)
		}
	}
	return path
}

// Opening a database of an older schema says that it is upgraded, once,
// unless --quiet.
func TestOpenAnnouncesUpgrade(t *testing.T) {
	const notice = "from schema version 9 to"
	tests := []struct {
		name       string
		runs       [][]string // commands, the database path appended
		wantNotice []bool     // by run
	}{
		{"first open upgrades, the next does not", [][]string{{"check"}, {"check"}}, []bool{true, false}},
		{"quiet", [][]string{{"ingest", "--quiet", fixtures}}, []bool{false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := oldDatabase(t)
			for i, args := range tt.runs {
				r := execute(t, append(args, "--db", db)...)
				if r.code != 0 && r.code != 3 {
					t.Fatalf("%s: %v", strings.Join(args, " "), r)
				}
				if got := strings.Contains(r.stderr, notice); got != tt.wantNotice[i] {
					t.Errorf("run %d (%s): notice %q in stderr = %v, want %v\n%s", i, strings.Join(args, " "), notice, got, tt.wantNotice[i], r.stderr)
				}
			}
		})
	}
}
