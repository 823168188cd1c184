package store_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
)

const newestVersion = 11

func TestOpenNew(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	tests := []struct {
		name string
		get  func() (string, error)
		want string
	}{
		{"journal mode", func() (string, error) { return db.JournalMode(ctx) }, "wal"},
		{"foreign keys", func() (string, error) { return store.QueryString(ctx, db, "PRAGMA foreign_keys") }, "1"},
		{"busy timeout", func() (string, error) { return store.QueryString(ctx, db, "PRAGMA busy_timeout") }, "10000"},
		{"synchronous normal", func() (string, error) { return store.QueryString(ctx, db, "PRAGMA synchronous") }, "1"},
		{"migrations", func() (string, error) {
			return store.QueryString(ctx, db, "SELECT group_concat(version || ':' || name, ' ') FROM schema_migrations")
		}, "1:articles 2:mentions 3:events 4:conflicts 5:conflicts_by_article 6:event_index 7:chronology_progress 8:fts_external_content 9:longer_happening_ids 10:event_date_mention 11:fulltext_backlog"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.get()
			if err != nil || got != tt.want {
				t.Errorf("got %q, %v, want %q, nil", got, err, tt.want)
			}
		})
	}
	if v, err := db.SchemaVersion(ctx); err != nil || v != newestVersion {
		t.Errorf("SchemaVersion() = %d, %v, want %d, nil", v, err, newestVersion)
	}
}

func TestOpenPathWithURISyntax(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a?b#c%d.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("Open(%q) error: %v", path, err)
	}
	if err := db.Close(); err != nil {
		t.Fatalf("Close() error: %v", err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("Open(%q) did not create that file: %v", path, err)
	}
}

func TestOpenExisting(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "timeline.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("first Open(%q) error: %v", path, err)
	}
	a, ms, evs := sampleArticle("a1", 500, 2, 1, time.UTC)
	save(t, db, a, ms, evs)
	if err := db.Close(); err != nil {
		t.Fatalf("Close() error: %v", err)
	}

	db, err = store.Open(ctx, path)
	if err != nil {
		t.Fatalf("second Open(%q) error: %v", path, err)
	}
	defer db.Close()
	if got, want := stats(t, db), (store.Stats{Articles: 1, Mentions: 2, Events: 1}); got != want {
		t.Errorf("Stats() after reopening = %+v, want %+v", got, want)
	}
	n, err := store.QueryString(ctx, db, "SELECT count(*) FROM schema_migrations")
	if want := strconv.Itoa(newestVersion); err != nil || n != want {
		t.Errorf("migrations recorded after reopening = %s, %v, want %s, nil", n, err, want)
	}
}

func TestMigrateForward(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "timeline.db")
	old, err := store.OpenVersion(ctx, path, 1)
	if err != nil {
		t.Fatalf("OpenVersion(%q, 1) error: %v", path, err)
	}
	if v, err := old.SchemaVersion(ctx); err != nil || v != 1 {
		t.Fatalf("SchemaVersion() of the old database = %d, %v, want 1, nil", v, err)
	}
	err = store.Exec(ctx, old, `INSERT INTO articles (article_id, published, published_utc, text,
		content_hash, ingested_at) VALUES ('old', '2016-03-14T09:00:00+01:00',
		'2016-03-14T08:00:00.000000000Z', 'texte', 'hash', '2016-03-14T10:00:00Z')`)
	if err != nil {
		t.Fatalf("insert into the old database: %v", err)
	}
	applied, err := store.QueryString(ctx, old, "SELECT applied_at FROM schema_migrations WHERE version = 1")
	if err != nil {
		t.Fatalf("read applied_at: %v", err)
	}
	if err := old.Close(); err != nil {
		t.Fatalf("Close() error: %v", err)
	}

	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("Open(%q) of a version 1 database error: %v", path, err)
	}
	defer db.Close()
	if v, err := db.SchemaVersion(ctx); err != nil || v != newestVersion {
		t.Errorf("SchemaVersion() after migrating = %d, %v, want %d, nil", v, err, newestVersion)
	}
	if got, err := store.QueryString(ctx, db, "SELECT applied_at FROM schema_migrations WHERE version = 1"); err != nil || got != applied {
		t.Errorf("applied_at of migration 1 = %q, %v, want %q unchanged", got, err, applied)
	}
	if got, want := stats(t, db), (store.Stats{Articles: 1}); got != want {
		t.Errorf("Stats() after migrating = %+v, want %+v", got, want)
	}
}

func TestSchemaTooNew(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		build func(t *testing.T, path string)
	}{
		{"written by this tool", func(t *testing.T, path string) {
			db, err := store.Open(ctx, path)
			if err != nil {
				t.Fatalf("Open(%q) error: %v", path, err)
			}
			if err := store.Exec(ctx, db, "INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01T00:00:00Z')"); err != nil {
				t.Fatalf("record version 999: %v", err)
			}
			if err := db.Close(); err != nil {
				t.Fatalf("Close() error: %v", err)
			}
		}},
		// WAL would rewrite the header of this one if Open set it first.
		{"rollback journal", func(t *testing.T, path string) {
			err := store.ExecRaw(ctx, path,
				"CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)",
				"INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01T00:00:00Z')")
			if err != nil {
				t.Fatalf("build database: %v", err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "future.db")
			tt.build(t, path)
			before := readFile(t, path)
			db, err := store.Open(ctx, path)
			if !errors.Is(err, store.ErrSchemaTooNew) {
				if db != nil {
					db.Close()
				}
				t.Fatalf("Open(%q) error = %v, want ErrSchemaTooNew", path, err)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("Open(%q) error = %q, want the path in it", path, err)
			}
			if after := readFile(t, path); !bytes.Equal(before, after) {
				t.Errorf("Open(%q) modified the refused database", path)
			}
		})
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return b
}

func TestLoadMigrations(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	tests := []struct {
		name    string
		fsys    fstest.MapFS
		want    []string
		wantErr bool
	}{
		{"sorted by number", fstest.MapFS{
			"migrations/0002_b.sql": file("SELECT 2"),
			"migrations/0001_a.sql": file("SELECT 1"),
			"migrations/README":     file("not a migration"),
		}, []string{"a", "b"}, false},
		{"gap", fstest.MapFS{
			"migrations/0001_a.sql": file("SELECT 1"),
			"migrations/0003_c.sql": file("SELECT 3"),
		}, nil, true},
		{"repeated number", fstest.MapFS{
			"migrations/0001_a.sql": file("SELECT 1"),
			"migrations/0001_b.sql": file("SELECT 1"),
		}, nil, true},
		{"no number", fstest.MapFS{"migrations/articles.sql": file("SELECT 1")}, nil, true},
		{"no name", fstest.MapFS{"migrations/0001.sql": file("SELECT 1")}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := store.MigrationNames(tt.fsys)
			if (err != nil) != tt.wantErr || !slices.Equal(got, tt.want) {
				t.Errorf("loadMigrations() = %q, %v, want %q, error %v", got, err, tt.want, tt.wantErr)
			}
		})
	}
}

// Migration 6 indexes the names of the events stored before it, and the
// full-text index it stops filling by trigger keeps the old events.
func TestMigrateIndexesStoredEvents(t *testing.T) {
	ctx := context.Background()
	db := migrated(t, 5, `INSERT INTO articles (id, article_id, published, published_utc, text,
		content_hash, ingested_at) VALUES (1, 'old', '2016-03-14T09:00:00+01:00',
		'2016-03-14T08:00:00.000000000Z', 'Les négociations ont repris le 14 mars.', 'hash', '2016-03-14T10:00:00Z');
	INSERT INTO mentions (id, article, idx, byte_offset, end_offset, text, type, value, start_local, end_local, grain)
		VALUES (1, 1, 0, 32, 39, '14 mars', 'DATE', '2016-03-14', '2016-03-14T00:00:00', '2016-03-15T00:00:00', 'day');
	INSERT INTO events (article, mention, sentence_offset, sentence_end, sentence, summary, actors, places,
		actors_folded, places_folded, date_start, date_end, date_grain, date_value)
		VALUES (1, 1, 0, 39, 'Les négociations ont repris le 14 mars.', 'Reprise des négociations',
		'["ONU"]', '["Genève"]', '["onu"]', '["genève"]', '2016-03-14T00:00:00', '2016-03-15T00:00:00', 'day', '2016-03-14')`)
	march := time.Date(2016, time.March, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		f    timeline.Filter
		want int
	}{
		{"actor", timeline.Filter{Actor: "onu"}, 1},
		{"actor and dates", timeline.Filter{Actor: "ON", From: march, To: march.AddDate(0, 1, 0)}, 1},
		{"actor, other dates", timeline.Filter{Actor: "ONU", To: march}, 0},
		{"place", timeline.Filter{Place: "genève"}, 1},
		{"other place", timeline.Filter{Place: "Moscou"}, 0},
		{"full text", timeline.Filter{Query: "negociations"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, err := db.Events(ctx, tt.f)
			if err != nil || len(es) != tt.want {
				t.Errorf("Events(%+v) = %d entries, %v, want %d, nil", tt.f, len(es), err, tt.want)
			}
		})
	}
}

func TestBusiestActor(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	if _, _, _, ok, err := db.BusiestActor(ctx); err != nil || ok {
		t.Fatalf("BusiestActor() of an empty database = ok %v, %v, want false, nil", ok, err)
	}
	for _, id := range []string{"a", "b"} {
		a, ms, evs := sampleArticle(id, 0, 3, 3, time.UTC)
		save(t, db, a, ms, evs)
	}
	actor, year, n, ok, err := db.BusiestActor(ctx)
	if err != nil || !ok || actor != "onu" || year != 2016 || n != 6 {
		t.Errorf("BusiestActor() = %q, %d, %d, %v, %v, want \"onu\", 2016, 6, true, nil", actor, year, n, ok, err)
	}
}

// Migration 10 packs the dating mention of every stored event into the
// event row: the listing reads back the mention as it was, and the
// integrity check finds the copy equal to its mention row.
func TestMigratePacksDatingMentions(t *testing.T) {
	ctx := context.Background()
	db := migrated(t, 9, `INSERT INTO articles (id, article_id, published, published_zone, published_utc, text,
		content_hash, ingested_at) VALUES (1, 'old', '2016-03-14T09:00:00+01:00', 'Europe/Paris',
		'2016-03-14T08:00:00.000000000Z', 'Il a dit « lundi \ prochain ».', 'hash', '2016-03-14T10:00:00Z');
	INSERT INTO mentions (id, article, idx, byte_offset, end_offset, text, type, value, mod, start_local, end_local,
		grain, anchor, rule, tense, inferred, weekday, problem)
		VALUES (7, 1, 3, 10, 30, '« lundi \ prochain »', 'DATE', '2016-03-21', 'START', '2016-03-21T00:00:00', NULL,
		'day', '2016-03-14', 'weekday', 'future', 'year,month', 1, 'a "problem"' || char(10));
	INSERT INTO events (article, mention, sentence_offset, sentence_end, sentence, summary,
		date_start, date_end, date_grain, date_value)
		VALUES (1, 7, 0, 30, 'Il a dit « lundi \ prochain ».', 'Rendez-vous',
		'2016-03-21T00:00:00', NULL, 'day', '2016-03-21');
	INSERT INTO events_fts (events_fts) VALUES ('rebuild')`)
	if err := db.Check(ctx); err != nil {
		t.Errorf("Check() after migrating: %v", err)
	}
	es, err := db.Events(ctx, timeline.Filter{})
	if err != nil || len(es) != 1 {
		t.Fatalf("Events() = %d entries, %v; want 1, nil", len(es), err)
	}
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	want := timeline.Mention{
		Offset: 10, EndOffset: 30, Text: `« lundi \ prochain »`, Type: timeline.TypeDate, Value: "2016-03-21",
		Mod: "START", Start: time.Date(2016, time.March, 21, 0, 0, 0, 0, paris), Grain: timeline.GrainDay,
		Anchor: "2016-03-14", Rule: "weekday", Tense: timeline.TenseFuture, Inferred: []string{"year", "month"},
		Weekday: 1, Problem: "a \"problem\"\n",
	}
	if got := es[0].Event.Date; !reflect.DeepEqual(got, want) {
		t.Errorf("Date after migrating = %+v, want %+v", got, want)
	}
}

func TestSchemaVersions(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	old := filepath.Join(dir, "old.db")
	db, err := store.OpenVersion(ctx, old, 9)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name         string
		path         string
		open         bool // open the database first, migrating it
		wantRecorded int
	}{
		{"no file yet", filepath.Join(dir, "none.db"), false, 0},
		{"older schema", old, false, 9},
		{"once opened", old, true, newestVersion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.open {
				db, err := store.Open(ctx, tt.path)
				if err != nil {
					t.Fatal(err)
				}
				if err := db.Close(); err != nil {
					t.Fatal(err)
				}
			}
			recorded, newest, err := store.SchemaVersions(ctx, tt.path)
			if err != nil || recorded != tt.wantRecorded || newest != newestVersion {
				t.Errorf("SchemaVersions() = %d, %d, %v, want %d, %d, nil", recorded, newest, err, tt.wantRecorded, newestVersion)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("SchemaVersions created the file it was asked about: %v", err)
	}
}
