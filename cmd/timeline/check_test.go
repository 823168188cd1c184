package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/check"
	"github.com/timeline-fr/timeline/timeline/merge"
)

// consistentFixtures are the fixture articles in which no date is planted
// to contradict another.
var consistentFixtures = []string{"agence-meridien-2016-02-treve.jsonl", "courrier-des-nations-2016-02-13-munich.txt"}

// copyFixtures copies some fixture articles into a fresh folder.
func copyFixtures(t *testing.T, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(fixtures, name))
		if err != nil {
			t.Fatalf("read fixture: %v", err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatalf("copy fixture: %v", err)
		}
	}
	return dir
}

// builtFixtures is a database built from every fixture article.
func builtFixtures(t *testing.T) string {
	t.Helper()
	db := tempDB(t)
	if r := execute(t, "ingest", "--db", db, fixtures); r.code != 0 {
		t.Fatalf("ingest %s: %v", fixtures, r)
	}
	return db
}

func TestCheckFixtures(t *testing.T) {
	db := builtFixtures(t)
	tests := []struct {
		name   string
		inv    invocation
		args   []string
		golden string
	}{
		{"text", invocation{}, nil, "check_fixtures.golden"},
		{"errors only", invocation{}, []string{"--min-severity", "error"}, "check_fixtures_errors.golden"},
		{"french json", invocation{env: map[string]string{"TIMELINE_LANG": "fr"}},
			[]string{"--format", "json", "--min-severity", "info"}, "check_fixtures_fr.golden.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"check", "--db", db}, tt.args...)
			r := tt.inv.execute(t, args...)
			if r.code != 3 {
				t.Fatalf("run %q: exit %d, want 3\n%v", args, r.code, r)
			}
			if !strings.Contains(r.stderr, "conflicts found") {
				t.Errorf("run %q: stderr = %q, want it to say conflicts were found", args, r.stderr)
			}
			golden(t, tt.golden, r.stdout)
		})
	}
}

// The seed dates Putin's withdrawal announcement on 21 March; the other
// sources on 14 March.
func TestCheckWithdrawalAnnouncement(t *testing.T) {
	db := builtFixtures(t)
	r := execute(t, "check", "--db", db, "--format", "json", "--min-severity", "error")
	var cs []jsonConflict
	if err := json.Unmarshal([]byte(r.stdout), &cs); err != nil || r.code != 3 {
		t.Fatalf("check --format json: %v (%v)", r, err)
	}
	found := false
	for _, c := range cs {
		found = found || c.Kind == "cross-source-date" && slices.Contains(c.Articles, "sputnik-2016-03-22-kerry-moscou") &&
			slices.Contains(c.Dates, "2016-03-21") && slices.Contains(c.Dates, "2016-03-14") && c.Happening != ""
	}
	if !found {
		t.Errorf("no cross-source-date conflict between 21 March (seed) and 14 March among:\n%s", r.stdout)
	}
}

func TestCheckConsistentArticles(t *testing.T) {
	db := tempDB(t)
	dir := copyFixtures(t, consistentFixtures...)
	if r := execute(t, "ingest", "--db", db, dir); r.code != 0 || !strings.HasSuffix(r.stderr, ", 0 conflicts\n") {
		t.Fatalf("ingest %s: %v, want exit 0 and 0 conflicts", dir, r)
	}
	for _, level := range []string{"info", "warning", "error"} {
		t.Run(level, func(t *testing.T) {
			r := execute(t, "check", "--db", db, "--min-severity", level)
			if r.code != 0 || r.stdout != "" {
				t.Errorf("check --min-severity %s on consistent articles: %v, want exit 0 and nothing", level, r)
			}
		})
	}
	r := execute(t, "check", "--db", db, "--format", "json")
	if r.code != 0 || strings.TrimSpace(r.stdout) != "[]" {
		t.Errorf("check --format json on consistent articles: %v, want exit 0 and []", r)
	}
}

// Build and ingest refresh the stored conflicts when they store articles,
// and report their count on the summary line.
func TestCheckRefreshedByIngest(t *testing.T) {
	db := tempDB(t)
	steps := []struct {
		name, path string
		planted    bool // conflicts expected after this step
	}{
		{"consistent articles", copyFixtures(t, consistentFixtures...), false},
		{"planted articles", fixtures, true},
		{"nothing new", fixtures, true},
	}
	for _, st := range steps {
		r := execute(t, "ingest", "--db", db, st.path)
		if r.code != 0 {
			t.Fatalf("%s: ingest: %v", st.name, r)
		}
		n := len(storedConflicts(t, db))
		if want := ", " + strconv.Itoa(n) + " conflicts\n"; !strings.HasSuffix(r.stderr, want) {
			t.Errorf("%s: summary %q, want it to end with %q", st.name, r.stderr, want)
		}
		if (n > 0) != st.planted {
			t.Errorf("%s: %d conflicts stored, want some: %v", st.name, n, st.planted)
		}
	}
}

// storedConflicts reads the conflicts stored at path.
func storedConflicts(t *testing.T, path string) []timeline.Conflict {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	cs, err := db.Conflicts(context.Background())
	if err != nil {
		t.Fatalf("conflicts of %s: %v", path, err)
	}
	return cs
}

func TestCheckErrors(t *testing.T) {
	db := builtFixtures(t)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		stderr   string
	}{
		{"unknown severity", []string{"check", "--db", db, "--min-severity", "fatal"}, 2, "fatal"},
		{"unknown format", []string{"check", "--db", db, "--format", "xml"}, 2, "xml"},
		{"argument", []string{"check", "--db", db, "extra"}, 2, "extra"},
		{"no database", []string{"check", "--db", filepath.Join(t.TempDir(), "none.db")}, 1, "does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := execute(t, tt.args...)
			if r.code != tt.wantCode || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("run %q: %v, want exit %d and %q on stderr", tt.args, r, tt.wantCode, tt.stderr)
			}
		})
	}
}

func TestCheckHelpDocumentsExitStatus(t *testing.T) {
	r := execute(t, "check", "--help")
	if r.code != 0 || !strings.Contains(r.stdout, "3 when some") || !strings.Contains(r.stdout, "--min-severity") {
		t.Errorf("check --help: %v, want the exit status 3 and --min-severity documented", r)
	}
}

// writeConflicts prints conflicts through a conflictWriter, as check does.
func writeConflicts(w io.Writer, cs []timeline.Conflict, format string) error {
	cw := newConflictWriter(w, format)
	for _, c := range cs {
		if err := cw.write(c); err != nil {
			return err
		}
	}
	return cw.close()
}

func TestWriteConflicts(t *testing.T) {
	cs := []timeline.Conflict{
		{Kind: "weekday-mismatch", Severity: timeline.SeverityWarning, Message: "«lundi 15 mars»: a Tuesday.",
			Articles: []string{"gazette"}, Dates: []string{"2016-03-15"}, Sentences: []string{"Les avions\nont quitté la base le lundi 15 mars."}},
		{Kind: "cross-source-date", Severity: timeline.SeverityError, Message: "7 days apart.",
			Articles: []string{"sputnik", "echo"}, Dates: []string{"2016-03-21", "2016-03-14"}, Happening: "h1"},
	}
	tests := []struct {
		name, format string
		cs           []timeline.Conflict
		want         string
	}{
		{"text", formatText, cs, `weekday-mismatch (warning)
  «lundi 15 mars»: a Tuesday.
  articles: gazette
  dates: 2016-03-15
  > Les avions ont quitté la base le lundi 15 mars.

cross-source-date (error)
  7 days apart.
  articles: sputnik, echo
  dates: 2016-03-21, 2016-03-14
`},
		{"text, none", formatText, nil, ""},
		{"json", formatJSON, cs[1:], `[
  {
    "kind": "cross-source-date",
    "severity": "error",
    "message": "7 days apart.",
    "articles": [
      "sputnik",
      "echo"
    ],
    "dates": [
      "2016-03-21",
      "2016-03-14"
    ],
    "sentences": [],
    "happening": "h1"
  }
]
`},
		{"json, none", formatJSON, nil, "[]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := writeConflicts(&b, tt.cs, tt.format); err != nil {
				t.Fatalf("writeConflicts() error: %v", err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("writeConflicts(%s) =\n%s\nwant\n%s", tt.format, got, tt.want)
			}
		})
	}
}

// The conflicts written one at a time read as the indented array a JSON
// encoder writes of them all, and a failing output is reported.
func TestConflictWriter(t *testing.T) {
	cs := []timeline.Conflict{
		{Kind: "weekday-mismatch", Severity: timeline.SeverityWarning, Message: "«lundi» <b> & \"mardi\"",
			Articles: []string{"a"}, Sentences: []string{"x\ny"}},
		{Kind: "cross-source-date", Severity: timeline.SeverityError, Happening: "h1"},
		{Kind: "impossible-date", Severity: timeline.SeverityInfo, Dates: []string{}},
	}
	for n := range len(cs) + 1 {
		t.Run(fmt.Sprintf("%d conflicts", n), func(t *testing.T) {
			whole := []jsonConflict{}
			for _, c := range cs[:n] {
				whole = append(whole, jsonConflict{Kind: c.Kind, Severity: c.Severity.String(), Message: c.Message,
					Articles: nonNil(c.Articles), Dates: nonNil(c.Dates), Sentences: nonNil(c.Sentences), Happening: c.Happening})
			}
			var want, got bytes.Buffer
			if err := writeJSON(&want, "conflicts", whole); err != nil {
				t.Fatal(err)
			}
			if err := writeConflicts(&got, cs[:n], formatJSON); err != nil {
				t.Fatalf("writeConflicts() error: %v", err)
			}
			if got.String() != want.String() {
				t.Errorf("writeConflicts(json) =\n%s\nwant\n%s", got.String(), want.String())
			}
		})
	}
	t.Run("failing output", func(t *testing.T) {
		for _, format := range []string{formatText, formatJSON} {
			err := writeConflicts(failingWriter{}, cs, format)
			if err == nil || !strings.Contains(err.Error(), "write conflicts") {
				t.Errorf("writeConflicts(%s) to a failing output: error %v, want one about writing conflicts", format, err)
			}
		}
	})
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// fixtureFiles lists the paths of the fixture articles, in name order.
func fixtureFiles(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(fixtures)
	if err != nil {
		t.Fatalf("read fixtures: %v", err)
	}
	var paths []string
	for _, e := range entries {
		paths = append(paths, filepath.Join(fixtures, e.Name()))
	}
	return paths
}

// editedCopy writes, in a fresh folder, a fixture article under the same
// name with a weekday that does not match its date added: the same id with
// another content, stored as a new article that hides the first.
func editedCopy(t *testing.T, name string) string {
	t.Helper()
	dir := copyFixtures(t, name)
	path := filepath.Join(dir, name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read copy: %v", err)
	}
	data = append(data, "\n\nLa réunion s'est tenue le mardi 14 mars 2016.\n"...)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatalf("edit copy: %v", err)
	}
	return path
}

// checkedFromScratch runs the checks on everything stored at path at once,
// as the refresh did before it became incremental.
func checkedFromScratch(t *testing.T, path string) []timeline.Conflict {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	arts, err := db.Articles(ctx)
	if err != nil {
		t.Fatalf("articles: %v", err)
	}
	ms, err := db.MentionsByArticle(ctx)
	if err != nil {
		t.Fatalf("mentions: %v", err)
	}
	entries, err := db.Events(ctx, timeline.Filter{})
	if err != nil {
		t.Fatalf("events: %v", err)
	}
	return check.Run(check.Input{Articles: arts, Mentions: ms, Happenings: merge.Merge(entries)})
}

// diffConflicts describes the first difference between two conflict lists.
func diffConflicts(got, want []timeline.Conflict) string {
	for i := range min(len(got), len(want)) {
		if !reflect.DeepEqual(got[i], want[i]) {
			return fmt.Sprintf("conflict %d = %+v\nwant %+v", i, got[i], want[i])
		}
	}
	return fmt.Sprintf("%d conflicts, want %d", len(got), len(want))
}

// Ingesting articles batch by batch stores the conflicts that checking
// them all at once finds, in the same order, whatever the batches.
func TestRefreshIncremental(t *testing.T) {
	files := fixtureFiles(t)
	oneBatch := tempDB(t)
	if r := execute(t, "ingest", "--db", oneBatch, fixtures); r.code != 0 {
		t.Fatalf("ingest %s: %v", fixtures, r)
	}
	wantAll := storedConflicts(t, oneBatch)
	if len(wantAll) == 0 {
		t.Fatalf("no conflicts stored for the fixtures")
	}
	var oneByOne [][]string
	for _, f := range files {
		oneByOne = append(oneByOne, []string{f})
	}
	edited := editedCopy(t, "courrier-des-nations-2016-02-13-munich.txt")
	tests := []struct {
		name    string
		batches [][]string
		all     bool // the batches hold the fixtures and nothing else
	}{
		{"two halves", [][]string{files[:3], files[3:]}, true},
		{"newest first", [][]string{files[len(files)-3:], files[:len(files)-3]}, true},
		{"one at a time", oneByOne, true},
		{"an id stored again", [][]string{files, {edited}}, false},
		{"an id stored again, then the rest", [][]string{files[:2], {edited}, files[2:]}, false},
	}
	modes := []struct {
		suffix   string
		windowed bool
		margin   time.Duration
	}{
		{"", false, refreshMargin},
		{", merged around new events", true, refreshMargin},
		// Regions an hour wide hold no happening whole: they must grow.
		{", merged around new events in growing regions", true, time.Hour},
	}
	for _, m := range modes {
		for _, tt := range tests {
			t.Run(tt.name+m.suffix, func(t *testing.T) {
				defer func(w bool, d time.Duration) { windowedRefresh, refreshMargin = w, d }(windowedRefresh, refreshMargin)
				windowedRefresh, refreshMargin = m.windowed, m.margin
				checkBatches(t, tt.batches, tt.all, wantAll)
			})
		}
	}
}

// checkBatches ingests the batches one after the other and compares the
// stored conflicts with checking everything at once, and, when all is set,
// with wantAll.
func checkBatches(t *testing.T, batches [][]string, all bool, wantAll []timeline.Conflict) {
	t.Helper()
	db := tempDB(t)
	for i, batch := range batches {
		args := append([]string{"ingest", "--db", db}, batch...)
		if r := execute(t, args...); r.code != 0 {
			t.Fatalf("batch %d: run %q: %v", i, args, r)
		}
	}
	got := storedConflicts(t, db)
	if want := checkedFromScratch(t, db); !reflect.DeepEqual(got, want) {
		t.Errorf("stored conflicts differ from checking everything at once: %s", diffConflicts(got, want))
	}
	if all && !reflect.DeepEqual(got, wantAll) {
		t.Errorf("stored conflicts differ from one batch: %s", diffConflicts(got, wantAll))
	}
}

// Reading events ahead of the sweep gives every dated event in date order,
// and an error of the consumer stops the reader, whatever the batch size.
func TestEachDatedEventAhead(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, builtFixtures(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var want []string
	if err := db.EachDatedEvent(ctx, func(e timeline.Entry) error {
		want = append(want, e.ArticleID+" "+e.Date.Value)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(want) < 10 {
		t.Fatalf("%d dated events in the fixtures, want at least 10", len(want))
	}
	defer func(n int) { readAhead = n }(readAhead)
	for _, size := range []int{1, 3, 256} {
		readAhead = size
		t.Run(fmt.Sprintf("batches of %d", size), func(t *testing.T) {
			var got []string
			err := eachDatedEventAhead(ctx, db, true, func(e timeline.Entry) error {
				if e.Title != "" || e.URL != "" {
					t.Errorf("event of %s read with its title or address", e.ArticleID)
				}
				got = append(got, e.ArticleID+" "+e.Date.Value)
				return nil
			})
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("got %d events (err %v), want the %d of EachDatedEvent in its order", len(got), err, len(want))
			}
			stop := errors.New("stop")
			n := 0
			err = eachDatedEventAhead(ctx, db, true, func(timeline.Entry) error {
				if n++; n == 5 {
					return stop
				}
				return nil
			})
			if !errors.Is(err, stop) || n != 5 {
				t.Errorf("consumer error after 5 events: got %v after %d events, want %v after 5", err, n, stop)
			}
			// Converted on a goroutine of their own, the entries keep
			// their order, and a consumer error still stops the reading.
			key := func(e timeline.Entry) string { return e.ArticleID + " " + e.Date.Value }
			got = nil
			err = readAheadAs(ctx, db.EachDatedEvent, true, key, func(k string) error {
				got = append(got, k)
				return nil
			})
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("converted: got %d events (err %v), want the %d of EachDatedEvent in its order", len(got), err, len(want))
			}
			n = 0
			err = readAheadAs(ctx, db.EachDatedEvent, true, key, func(string) error {
				if n++; n == 5 {
					return stop
				}
				return nil
			})
			if !errors.Is(err, stop) || n != 5 {
				t.Errorf("converted, consumer error after 5 events: got %v after %d events, want %v after 5", err, n, stop)
			}
		})
	}
}
