package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
)

// stats counts the rows of the database at path.
func stats(t *testing.T, path string) store.Stats {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	s, err := db.Stats(context.Background())
	if err != nil {
		t.Fatalf("stats %s: %v", path, err)
	}
	return s
}

// conflictCount counts the conflicts stored in the database at path.
func conflictCount(t *testing.T, path string) int {
	t.Helper()
	return len(storedConflicts(t, path))
}

// summaryLine is the last line build and ingest print on stderr.
func summaryLine(read, stored, known, skipped, conflicts int) string {
	return counts{read: read, stored: stored, known: known, skipped: skipped, conflicts: conflicts}.String() + "\n"
}

func TestBuildFixtures(t *testing.T) {
	db := tempDB(t)
	first := execute(t, "build", "--db", db, fixtures)
	if first.code != 0 {
		t.Fatalf("build %s: %v", fixtures, first)
	}
	golden(t, "build_fixtures.golden", first.stdout)
	want := stats(t, db)
	if want.Articles == 0 {
		t.Fatalf("build %s stored no article", fixtures)
	}
	conflicts := conflictCount(t, db)
	if wantErr := summaryLine(want.Articles, want.Articles, 0, 0, conflicts); first.stderr != wantErr {
		t.Errorf("build %s: stderr = %q, want %q", fixtures, first.stderr, wantErr)
	}

	second := execute(t, "build", "--db", db, fixtures)
	if second.code != 0 {
		t.Fatalf("second build %s: %v", fixtures, second)
	}
	if got := stats(t, db); got != want {
		t.Errorf("second build: stats = %+v, want %+v (nothing new)", got, want)
	}
	if wantErr := summaryLine(want.Articles, 0, want.Articles, 0, conflicts); second.stderr != wantErr {
		t.Errorf("second build: stderr = %q, want %q", second.stderr, wantErr)
	}
	if second.stdout != first.stdout {
		t.Errorf("second build printed another chronology:\n%s\nwant\n%s", second.stdout, first.stdout)
	}
}

func TestBuildFormats(t *testing.T) {
	db := tempDB(t)
	text := execute(t, "build", "--db", db, fixtures)
	if text.code != 0 {
		t.Fatalf("build: %v", text)
	}
	lines := strings.Count(text.stdout, "\n")
	tests := []struct {
		name string
		env  map[string]string
		args []string
	}{
		{"flag", nil, []string{"build", "--db", db, "--format", "json", fixtures}},
		{"environment", map[string]string{"TIMELINE_FORMAT": "json"}, []string{"build", "--db", db, fixtures}},
		{"events", nil, []string{"events", "--db", db, "--format=json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := invocation{env: tt.env}.execute(t, tt.args...)
			if r.code != 0 {
				t.Fatalf("run %q: %v", tt.args, r)
			}
			var hs []jsonHappening
			if err := json.Unmarshal([]byte(r.stdout), &hs); err != nil || hs == nil {
				t.Fatalf("run %q: stdout is not a JSON array of entries (%v):\n%s", tt.args, err, r.stdout)
			}
			if len(hs) != lines {
				t.Errorf("run %q: %d JSON entries, want %d as in text", tt.args, len(hs), lines)
			}
			for _, h := range hs {
				if h.ID == "" || h.Date.Display == "" || h.Actors == nil || h.Places == nil || len(h.Sources) == 0 {
					t.Errorf("run %q: incomplete entry %+v", tt.args, h)
				}
				for _, e := range h.Sources {
					if e.Date.Display == "" || e.ArticleID == "" || e.Sentence == "" || e.Actors == nil {
						t.Errorf("run %q: entry %s: incomplete source %+v", tt.args, h.ID, e)
					}
				}
			}
		})
	}
}

// badArticles are articles that cannot be read, each with a word of the
// problem that stderr must name.
var badArticles = []struct {
	name, content, problem string
	unreadable             bool
}{
	{name: "sans-date.txt", content: "source: Test\n\nJohn Kerry est à Moscou.\n", problem: "publication date"},
	{name: "latin1.txt", content: "published: 2016-03-22\n\nJohn Kerry est arriv\xe9 \xe0 Moscou.\n", problem: "UTF-8"},
	{name: "illisible.txt", content: "published: 2016-03-22\n\nJohn Kerry.\n", problem: "permission denied", unreadable: true},
}

func TestBuildSkipsBadArticles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string, mode os.FileMode) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), mode); err != nil {
			t.Fatal(err)
		}
	}
	write("bon.txt", "published: 2016-03-22\nsource: Test\n\nJohn Kerry sera reçu à Moscou mercredi.\n", 0o644)
	skipped := 0
	for _, b := range badArticles {
		if b.unreadable && os.Geteuid() == 0 {
			continue // root reads any file
		}
		mode := os.FileMode(0o644)
		if b.unreadable {
			mode = 0
		}
		write(b.name, b.content, mode)
		skipped++
	}
	db := tempDB(t)
	r := execute(t, "ingest", "--db", db, dir)
	if r.code != 4 {
		t.Fatalf("ingest %s: exit %d, want 4\n%v", dir, r.code, r)
	}
	for _, b := range badArticles {
		t.Run(b.name, func(t *testing.T) {
			if b.unreadable && os.Geteuid() == 0 {
				t.Skip("running as root: every file is readable")
			}
			if !hasLine(r.stderr, filepath.Join(dir, b.name), b.problem) {
				t.Errorf("stderr names no line with %s and %q:\n%s", b.name, b.problem, r.stderr)
			}
		})
	}
	if got := stats(t, db).Articles; got != 1 {
		t.Errorf("ingest %s stored %d articles, want the good one only", dir, got)
	}
	if want := summaryLine(skipped+1, 1, 0, skipped, conflictCount(t, db)); !strings.Contains(r.stderr, want) {
		t.Errorf("stderr = %q, want summary %q", r.stderr, want)
	}
}

// hasLine reports whether a line of s contains every part.
func hasLine(s string, parts ...string) bool {
	for _, line := range strings.Split(s, "\n") {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(line, p)
		}
		if all {
			return true
		}
	}
	return false
}

func TestBuildStdin(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		wantCode    int
		stored      int
	}{
		{"header date", "published: 2016-03-22\n\nJohn Kerry est attendu à Moscou.\n", nil, 0, 1},
		{"no date", "John Kerry est attendu à Moscou.\n", nil, 4, 0},
		{"published flag", "John Kerry est attendu à Moscou.\n", []string{"--published", "2016-03-22"}, 0, 1},
		{"empty", "", nil, 4, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := tempDB(t)
			args := append([]string{"build", "--db", db}, tt.args...)
			r := invocation{stdin: tt.stdin}.execute(t, append(args, "-")...)
			if r.code != tt.wantCode {
				t.Fatalf("run %q with stdin %q: exit %d, want %d\n%v", args, tt.stdin, r.code, tt.wantCode, r)
			}
			if got := stats(t, db).Articles; got != tt.stored {
				t.Errorf("run %q with stdin %q: %d articles stored, want %d", args, tt.stdin, got, tt.stored)
			}
		})
	}
}

// A database that cannot be opened is a failure, exit code 1.
func TestBuildFailure(t *testing.T) {
	dir := t.TempDir()
	r := execute(t, "build", "--db", dir, fixtures) // a folder is no database
	if r.code != 1 {
		t.Errorf("build --db %s: exit %d, want 1\n%v", dir, r.code, r)
	}
	if !strings.HasPrefix(r.stderr, "timeline: ") {
		t.Errorf("build --db %s: stderr = %q, want an error message", dir, r.stderr)
	}
}

// An article given twice is stored once, whether the database was empty
// (the writer finds the second copy) or held it (the reader does, before
// tagging).
func TestBuildDuplicateArticles(t *testing.T) {
	dir := t.TempDir()
	line := func(id string) string {
		return `{"id": "` + id + `", "published": "2016-03-22", "text": "Le 15 mars, les premiers avions russes ont quitté la base de Hmeimim."}` + "\n"
	}
	twice := filepath.Join(dir, "twice.jsonl")
	if err := os.WriteFile(twice, []byte(line("a")+line("b")), 0o644); err != nil {
		t.Fatal(err)
	}
	again := filepath.Join(dir, "again.jsonl")
	if err := os.WriteFile(again, []byte(line("c")), 0o644); err != nil {
		t.Fatal(err)
	}
	db := tempDB(t)
	tests := []struct {
		name                string
		file                string
		read, stored, known int
	}{
		{"into an empty database", twice, 2, 1, 1},
		{"into a database that holds it", again, 1, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := invocation{}.execute(t, "build", "--db", db, tt.file)
			if r.code != 0 {
				t.Fatalf("build %s: exit %d, want 0\n%v", tt.file, r.code, r)
			}
			if want := summaryLine(tt.read, tt.stored, tt.known, 0, conflictCount(t, db)); !strings.Contains(r.stderr, want) {
				t.Errorf("build %s: stderr %q, want it to hold %q", tt.file, r.stderr, want)
			}
			if got := stats(t, db).Articles; got != 1 {
				t.Errorf("build %s: %d articles stored, want 1", tt.file, got)
			}
		})
	}
}

// missingIndexes lists the indexes the database at path lacks, and
// counts the events whose text waits to be indexed.
func missingIndexes(t *testing.T, path string) ([]string, int) {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	missing, err := db.MissingIndexes(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	backlog, err := db.FullTextBacklog(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return missing, backlog
}

// A build defers the indexing of text to its end, and into an empty
// database some indexes too: they are there once it is done, and a later
// build or check restores them when a build was cut short before it could.
func TestBuildRestoresIndexes(t *testing.T) {
	db := tempDB(t)
	if r := execute(t, "build", "--db", db, fixtures); r.code != 0 {
		t.Fatalf("build %s: %v", fixtures, r)
	}
	if got, backlog := missingIndexes(t, db); got != nil || backlog != 0 {
		t.Errorf("after a build: indexes missing %q, events unindexed %d, want none", got, backlog)
	}
	for _, args := range [][]string{{"check", "--db", db}, {"build", "--db", db, fixtures}} {
		t.Run(args[0], func(t *testing.T) {
			cutShort(t, db)
			if got, backlog := missingIndexes(t, db); got == nil || backlog == 0 {
				t.Fatalf("after a load cut short: indexes missing %q, events unindexed %d, want some of both", got, backlog)
			}
			if r := execute(t, args...); r.code != 0 && r.code != 3 {
				t.Fatalf("%s: %v", strings.Join(args, " "), r)
			}
			if got, backlog := missingIndexes(t, db); got != nil || backlog != 0 {
				t.Errorf("after %s: indexes missing %q, events unindexed %d, want none", args[0], got, backlog)
			}
		})
	}
}

// cutShort leaves the database at path as a bulk load cut short after
// storing an article would: its deferred indexes dropped, and the text of
// the article's events unindexed.
func cutShort(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := errors.Join(db.DeferIndexes(ctx), db.DeferFullText(ctx)); err != nil {
		t.Fatal(err)
	}
	text := fmt.Sprintf("Le ministre a été reçu mardi à Genève (dépêche %d).", time.Now().UnixNano())
	art := timeline.Article{ID: "cut", Source: "Test", Language: "fr", Text: text,
		Published: time.Date(2016, 3, 22, 9, 0, 0, 0, paris)}
	ev := timeline.Event{Summary: "Le ministre reçu à Genève", Sentence: text, SentenceEnd: len(text),
		Places: []string{"Genève"}, Modality: timeline.ModalityHappened, Date: day("2016-03-22")}
	if _, err := db.SaveArticle(ctx, art, []timeline.Mention{day("2016-03-22")}, []timeline.Event{ev}); err != nil {
		t.Fatal(err)
	}
}

// A full-text query finds the events of a bulk load cut short: it indexes
// their text first.
func TestEventsQueryAfterLoadCutShort(t *testing.T) {
	db := tempDB(t)
	seedEvents(t, db)
	cutShort(t, db)
	if _, backlog := missingIndexes(t, db); backlog != 1 {
		t.Fatalf("events unindexed after a load cut short = %d, want 1", backlog)
	}
	r := execute(t, "events", "--db", db, "--query", "genève")
	if r.code != 0 || !strings.Contains(r.stdout, "Le ministre reçu à Genève") {
		t.Errorf("events --query genève: %v, want the event of the load cut short", r)
	}
	if _, backlog := missingIndexes(t, db); backlog != 0 {
		t.Errorf("events unindexed after the query = %d, want 0", backlog)
	}
}
